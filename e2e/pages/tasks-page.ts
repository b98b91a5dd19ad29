import { expect, type Locator, type Page } from "@playwright/test";

/** The My tasks page and its task dialog. */
export class TasksPage {
  readonly heading: Locator;
  readonly newTask: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "My tasks" });
    this.newTask = page.getByRole("button", { name: "New task" }).first();
    this.dialog = page.getByRole("dialog", { name: "New task" });
  }

  async goto() {
    await this.page.goto("/tasks");
    await expect(this.heading).toBeVisible();
  }

  group(name: "overdue" | "today" | "upcoming" | "noDate"): Locator {
    return this.page.getByTestId(`task-group-${name}`);
  }

  row(title: string): Locator {
    return this.page.getByTestId("task-row").filter({ hasText: title });
  }

  /** Creates a task through the dialog; `due` is a local YYYY-MM-DD date and HH:MM time. */
  async create(task: { title: string; type: string; date: string; time: string; deal?: boolean }) {
    await this.newTask.click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByLabel("Title").fill(task.title);
    await this.dialog.getByLabel("Type").selectOption({ label: task.type });
    await this.dialog.getByLabel("Due date").fill(task.date);
    await this.dialog.getByLabel("Time").fill(task.time);
    if (task.deal) {
      await this.dialog.getByRole("combobox", { name: "Deal" }).click();
      const first = this.dialog.getByRole("listbox", { name: "Deal" }).getByRole("option").first();
      await expect(first).toBeVisible();
      await first.click();
    }
    await this.dialog.getByRole("button", { name: "Create task" }).click();
    await expect(this.dialog).toBeHidden();
  }
}
