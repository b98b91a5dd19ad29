import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { RecordsPage } from "./pages/records-page";

test.describe("the task table", () => {
  test("sort, search, select two tasks, assign them to a colleague, complete one, persisted after reload", async ({ page }) => {
    await new LoginPage(page).signInAsDemoAdmin();
    const stamp = Date.now().toString(36);
    for (const title of [`Bravo table ${stamp}`, `Alpha table ${stamp}`]) {
      const res = await page.request.post("/api/tasks", { data: { title, type: "CALL", dueAt: "2031-03-01T09:00:00.000Z" } });
      expect(res.status()).toBe(201);
    }
    const records = new RecordsPage(page);
    const rows = page.getByTestId("task-table-row");

    await page.goto("/tasks");
    await page.getByRole("navigation", { name: "Task views" }).getByRole("link", { name: "All tasks" }).click();
    await expect(page).toHaveURL(/\/tasks\/all/);
    await expect(rows.first()).toBeVisible();
    await expect(page.getByTestId("page-info")).toContainText(/of \d+/);

    await records.search.fill(`table ${stamp}`);
    await expect(page).toHaveURL(/q=table/);
    await expect(rows).toHaveCount(2);
    await page.getByRole("columnheader", { name: /Title/ }).getByRole("link").click();
    await expect(page).toHaveURL(/sort=title/);
    await expect(rows.first()).toContainText(`Alpha table ${stamp}`);
    await page.getByRole("columnheader", { name: /Title/ }).getByRole("link").click();
    await expect(page).toHaveURL(/sort=-title/);
    await expect(rows.first()).toContainText(`Bravo table ${stamp}`);
    await page.screenshot({ path: "/tmp/tasklist-table.png", fullPage: true });

    await page.getByRole("checkbox", { name: "Select all on this page" }).check();
    const bar = page.getByRole("region", { name: "2 selected" });
    await bar.getByRole("combobox", { name: "Assign to" }).selectOption({ label: "Sophie Martin" });
    await bar.getByRole("button", { name: "Assign", exact: true }).click();
    await expect(page.getByText("2 tasks assigned.")).toBeVisible();
    await expect(rows.filter({ hasText: "Sophie Martin" })).toHaveCount(2);

    await rows.filter({ hasText: `Alpha table ${stamp}` }).getByRole("checkbox", { name: `Mark “Alpha table ${stamp}” as done` }).click();
    await expect(rows).toHaveCount(1);
    await page.getByRole("combobox", { name: "Status" }).selectOption("all");
    await expect(page).toHaveURL(/status=all/);
    await expect(rows.filter({ hasText: `Alpha table ${stamp}` }).getByText("Done", { exact: true })).toBeVisible();

    await page.reload();
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: "Sophie Martin" })).toHaveCount(2);
    await expect(rows.filter({ hasText: `Alpha table ${stamp}` }).getByRole("checkbox", { name: `Reopen “Alpha table ${stamp}”` })).toBeChecked();
    await expect(rows.filter({ hasText: `Bravo table ${stamp}` }).getByRole("checkbox", { name: `Mark “Bravo table ${stamp}” as done` })).not.toBeChecked();
    await page.screenshot({ path: "/tmp/tasklist-after.png", fullPage: true });

    // Open tasks only (the default): the completed one has left the list.
    await page.getByRole("combobox", { name: "Status" }).selectOption("open");
    await expect(rows).toHaveCount(1);
  });

  test("narrowed to a linked deal found by name: a removable chip names it, the URL keeps it", async ({ page }) => {
    await new LoginPage(page).signInAsDemoAdmin();
    const stamp = Date.now().toString(36);
    const dealName = `Linkfilter ${stamp} renewal`;
    const deal = await page.request.post("/api/deals", { data: { name: dealName, amount: 1200, contact_email: `linkfilter-${stamp}@example.test`, contact_first_name: "Lina" } });
    expect(deal.status(), await deal.text()).toBe(201);
    const dealId = ((await deal.json()) as { data: { uuid: string } }).data.uuid;
    for (const [title, link] of [[`On the deal ${stamp}`, { dealId }], [`Elsewhere ${stamp}`, {}]] as const) {
      const res = await page.request.post("/api/tasks", { data: { title, type: "FOLLOW_UP", dueAt: "2031-04-01T09:00:00.000Z", ...link } });
      expect(res.status()).toBe(201);
    }
    const rows = page.getByTestId("task-table-row");
    await page.goto("/tasks/all");
    await expect(rows.first()).toBeVisible();

    await page.getByRole("combobox", { name: "Linked record type" }).selectOption("deal");
    const search = page.getByRole("combobox", { name: "Linked deal" });
    await search.fill(`Linkfilter ${stamp}`);
    await page.getByRole("listbox", { name: "Linked deal" }).getByRole("option", { name: new RegExp(dealName) }).click();
    await expect(page).toHaveURL(new RegExp(`deal=${dealId}`));
    const chips = page.getByTestId("link-filter-chips");
    await expect(chips.getByRole("listitem")).toHaveText(`Deal: ${dealName}`);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(`On the deal ${stamp}`);
    await expect(rows.first().getByRole("link", { name: dealName })).toHaveAttribute("href", `/deals/${dealId}`);
    await page.screenshot({ path: "/tmp/polish-task-link-filter.png", fullPage: true });

    // The deal's page leads to the same view: all its tasks, done ones too.
    await page.goto(`/deals/${dealId}`);
    await page.getByRole("link", { name: "All its tasks in the task table" }).click();
    await expect(page).toHaveURL(new RegExp(`/tasks/all\\?deal=${dealId}&status=all`));
    await expect(chips.getByRole("listitem")).toHaveText(`Deal: ${dealName}`);
    await expect(rows).toHaveCount(1);

    // The filter survives a reload (it is in the URL) and combines with the others.
    await page.reload();
    await expect(rows).toHaveCount(1);
    await page.getByRole("combobox", { name: "Type", exact: true }).selectOption("CALL");
    await expect(page).toHaveURL(/type=CALL/);
    await expect(rows).toHaveCount(0);
    await page.getByRole("combobox", { name: "Type", exact: true }).selectOption("");

    // Removing the chip lifts the filter.
    await chips.getByRole("button", { name: `Stop filtering on ${dealName}` }).click();
    await expect(page).not.toHaveURL(/deal=/);
    await expect(chips).toHaveCount(0);
    await page.goto(`/tasks/all?q=${stamp}`);
    await expect(rows).toHaveCount(2);
  });
});
