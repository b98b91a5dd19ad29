import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { TasksPage } from "./pages/tasks-page";

/** The browser's local calendar date `days` from now, as <input type="date"> takes it. */
async function localDate(page: import("@playwright/test").Page, days: number): Promise<string> {
  return page.evaluate((d) => {
    const x = new Date();
    x.setDate(x.getDate() + d);
    return `${x.getFullYear()}-${String(x.getMonth() + 1).padStart(2, "0")}-${String(x.getDate()).padStart(2, "0")}`;
  }, days);
}

test.describe("my tasks", () => {
  test("create a task, see it under upcoming, complete it, see it leave the list", async ({ page }) => {
    await new LoginPage(page).signInAsDemoAdmin();
    const tasks = new TasksPage(page);
    await tasks.goto();

    const title = `Call back about the pilot ${Date.now().toString(36)}`;
    await tasks.create({ title, type: "Call", date: await localDate(page, 2), time: "10:30", deal: true });
    const row = tasks.group("upcoming").getByTestId("task-row").filter({ hasText: title });
    await expect(row).toBeVisible();
    await expect(row.getByText("Call", { exact: true })).toBeVisible();
    await page.screenshot({ path: "/tmp/tasks-list.png", fullPage: true });

    // A task due later today lands under Today (unless the day is nearly over).
    const hour = await page.evaluate(() => new Date().getHours());
    if (hour < 23) {
      const today = `Send the contract ${Date.now().toString(36)}`;
      await tasks.create({ title: today, type: "Reminder", date: await localDate(page, 0), time: "23:59" });
      await expect(tasks.group("today").getByTestId("task-row").filter({ hasText: today })).toBeVisible();
    }

    await row.getByRole("checkbox", { name: `Mark “${title}” as done` }).click();
    await expect(tasks.row(title)).toHaveCount(0);
    await expect(page.getByText(`“${title}” is done.`)).toBeVisible();

    // Persisted: completed in the API, and still gone after a reload.
    const completed = async () => (await (await page.request.get(`/api/tasks?status=completed&search=${encodeURIComponent(title)}`)).json()).meta.total;
    await expect.poll(completed).toBe(1);
    await page.reload();
    await expect(tasks.heading).toBeVisible();
    await expect(tasks.row(title)).toHaveCount(0);
  });

  test("the dialog refuses a task without a title, and the page reads right to left in Arabic", async ({ page }) => {
    await new LoginPage(page).signInAsDemoAdmin();
    const tasks = new TasksPage(page);
    await tasks.goto();
    await tasks.newTask.click();
    await tasks.dialog.getByRole("button", { name: "Create task" }).click();
    await expect(tasks.dialog.getByText("Enter a title (at most 255 characters).")).toBeVisible();
    await page.screenshot({ path: "/tmp/tasks-dialog.png" });
    await tasks.dialog.getByRole("button", { name: "Cancel" }).click();

    await page.getByTestId("locale-switch").selectOption("ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1, name: "مهامي" })).toBeVisible();
    await page.screenshot({ path: "/tmp/tasks-ar.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 800 });
    await page.screenshot({ path: "/tmp/tasks-ar-narrow.png", fullPage: true });
    // Back to English for the other specs (the language is saved on the demo admin).
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByTestId("locale-switch").selectOption("en");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  });
});
