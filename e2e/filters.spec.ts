import { expect, test, type Page } from "@playwright/test";
import { LoginPage } from "./pages/login-page";

const MANAGER = { email: "manager@demo.test", password: "demo-password" };
const REP = { email: "sophie@demo.test", password: "demo-password" };

/** Sets a rule's field, operator and text value (react-querybuilder's standard class names). */
async function fillRule(page: Page, rule: ReturnType<Page["locator"]>, field: string, operator: string, value: string) {
  await rule.locator("select.rule-fields").selectOption({ label: field });
  await rule.locator("select.rule-operators").selectOption({ label: operator });
  await rule.getByRole("textbox").fill(value);
}

test("a manager builds a two-level filter, sees the preview count and saves it shared", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(MANAGER.email, MANAGER.password);
  await expect(page).toHaveURL(/\/board$/);

  await page.goto("/filters?entity=contact");
  await expect(page.getByRole("heading", { level: 1, name: "Filters" })).toBeVisible();
  const root = page.locator(".ruleGroup").first();
  await root.getByRole("button", { name: "+ Rule" }).first().click();
  await fillRule(page, root.locator(".rule").first(), "Email", "contains", "e");

  // A nested "or" group: last name begins with m, or city contains a.
  await root.locator(".ruleGroup-header").first().getByRole("button", { name: "+ Group" }).click();
  const inner = root.locator(".ruleGroup").first();
  await inner.locator("select.ruleGroup-combinators").selectOption("or");
  await fillRule(page, inner.locator(".rule").first(), "Last name", "begins with", "m");
  await inner.locator(".ruleGroup-header").getByRole("button", { name: "+ Rule" }).click();
  await fillRule(page, inner.locator(".rule").nth(1), "City", "contains", "a");

  await expect(page.getByTestId("filter-summary")).toContainText("Email contains e and (Last name begins with m or City contains a)");
  const query = {
    combinator: "and",
    rules: [
      { field: "primaryEmail", operator: "contains", value: "e" },
      { combinator: "or", rules: [{ field: "lastName", operator: "beginsWith", value: "m" }, { field: "city", operator: "contains", value: "a" }] },
    ],
  };
  const api = await (await page.request.post("/api/query-builder/filter/contact", { data: { query, limit: 1 } })).json();
  expect(api.total).toBeGreaterThan(0);
  await expect(page.getByTestId("preview-count")).toHaveText(new RegExp(`^${api.total} matching contacts?$`));
  await page.screenshot({ path: "/tmp/query-filters.png", fullPage: true });

  await page.getByRole("button", { name: "Save", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Save filter" });
  await dialog.getByLabel("Name").fill("E2E two-level");
  await dialog.getByLabel("Share with the workspace").check();
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/\/filters\?filter=[0-9a-f-]{36}$/);
  await expect(page.getByTestId("saved-filters").getByText("E2E two-level")).toBeVisible();
  await expect(page.getByTestId("preview-count")).toHaveText(new RegExp(`^${api.total} matching contacts?$`));

  const saved = await (await page.request.get("/api/saved-filter?module=contact")).json();
  const mine = saved.find((f: { name: string }) => f.name === "E2E two-level");
  expect(mine).toMatchObject({ module: "contact", private: false });
  expect(JSON.parse(mine.value).rules[1].combinator).toBe("or");

  await page.setViewportSize({ width: 420, height: 900 });
  await page.screenshot({ path: "/tmp/query-filters-narrow.png", fullPage: true });
});

test("a rep applies a manager's shared saved filter on the contact list and on the board and sees exactly its records", async ({ page }) => {
  await page.setViewportSize({ width: 2200, height: 1000 });
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(MANAGER.email, MANAGER.password);
  await expect(page).toHaveURL(/\/board$/);

  // Unique names, so that the test can run again on the same data directory.
  const run = Date.now().toString(36);
  const create = async (name: string, module: string, query: object) => {
    const res = await page.request.post("/api/saved-filter", { data: { name, module, value: JSON.stringify(query), private: false } });
    expect(res.status()).toBe(201);
    const body = await res.json();
    return (body.data?.id ?? body.id) as string;
  };
  const contactFilter = await create(`E2E contacts with a ${run}`, "contact", { combinator: "and", rules: [{ field: "lastName", operator: "contains", value: "a" }] });
  const dealFilter = await create(`E2E big deals ${run}`, "deal", { combinator: "and", rules: [{ field: "amount", operator: ">=", value: 20000 }] });

  // A sales rep (Sophie, who works in French) applies the manager's shared filters.
  await page.context().clearCookies();
  await login.goto();
  await login.signIn(REP.email, REP.password);
  await expect(page).toHaveURL(/\/board$/);

  // Contacts: pick the filter in the filter bar; the list's total is the API's.
  const all = (await (await page.request.get("/api/contacts?limit=1")).json()).meta.total as number;
  const expected = (await (await page.request.get(`/api/contacts?limit=1&filter=${contactFilter}`)).json()).meta.total as number;
  expect(expected).toBeGreaterThan(0);
  expect(expected).toBeLessThan(all);
  await page.goto("/contacts");
  await page.getByTestId("saved-filter-select").selectOption(contactFilter);
  await expect(page).toHaveURL(new RegExp(`/contacts\\?filter=${contactFilter}$`));
  await expect(page.getByTestId("page-info")).toHaveText(new RegExp(` ${expected}$`));
  await expect(page.getByTestId("edit-saved-filter")).toHaveAttribute("href", `/filters?filter=${contactFilter}`);

  // The board: the columns' counts add up to the API's board for the same filter.
  const board = await (await page.request.get(`/api/board?filter=${dealFilter}`)).json();
  const columns = (board.data ?? board).columns as { count: number }[];
  const boardTotal = columns.reduce((n, c) => n + c.count, 0);
  const unfiltered = await (await page.request.get("/api/board")).json();
  expect(boardTotal).toBeGreaterThan(0);
  expect(boardTotal).toBeLessThan(((unfiltered.data ?? unfiltered).columns as { count: number }[]).reduce((n, c) => n + c.count, 0));
  await page.goto("/board");
  await page.getByTestId("saved-filter-select").selectOption(dealFilter);
  await expect(page).toHaveURL(new RegExp(`/board\\?filter=${dealFilter}$`));
  await expect
    .poll(async () => (await page.getByTestId("column-count").allTextContents()).reduce((n, s) => n + Number(s.replace(/\D/g, "")), 0))
    .toBe(boardTotal);
  await page.screenshot({ path: "/tmp/board-filter-board.png" });
});

test("rules are reordered by dragging their handle; date-time fields take a day and a time", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(MANAGER.email, MANAGER.password);
  await expect(page).toHaveURL(/\/board$/);
  await page.goto("/filters?entity=contact");
  const root = page.locator(".ruleGroup").first();
  const header = root.locator(".ruleGroup-header").first();
  await header.getByRole("button", { name: "+ Rule" }).click();
  await fillRule(page, root.locator(".rule").nth(0), "Last name", "begins with", "m");
  await header.getByRole("button", { name: "+ Rule" }).click();
  await fillRule(page, root.locator(".rule").nth(1), "City", "contains", "a");
  const summary = page.getByTestId("filter-summary");
  await expect(summary).toContainText("Last name begins with m and City contains a");

  // Drag the second rule by its handle onto the group's header: it becomes the first rule.
  const handle = root.locator(".rule").nth(1).getByTitle("Drag to reorder");
  const from = (await handle.boundingBox())!;
  const to = (await header.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i++) await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + ((to.y + to.height / 2 - (from.y + from.height / 2)) * i) / steps);
  await page.mouse.up();
  await expect(summary).toContainText("City contains a and Last name begins with m");
  await expect(root.locator(".rule").nth(0).locator("select.rule-fields")).toHaveValue("city");

  // The same with the keyboard (dnd-kit's keyboard sensor): Space picks the first rule up, arrows move it down
  // until dnd-kit announces that it is over the second rule, Space drops it there (after that rule).
  await root.locator(".rule").nth(0).getByTestId("drag-handle").focus();
  await page.keyboard.press("Space");
  // The sensor listens for the arrows only once the drag has started.
  await expect(root.locator(".rule.dndDragging")).toHaveCount(1);
  // Each arrow moves the rule 25 px; wait for the announcement after each one rather than pressing them all at once.
  const overSecond = page.locator('[id^="DndLiveRegion"]').filter({ hasText: /moved over droppable area drop-rule-[\w-]+-1\.$/ });
  for (let i = 0; i < 12 && (await overSecond.count()) === 0; i++) {
    await page.keyboard.press("ArrowDown");
    await overSecond.waitFor({ timeout: 500 }).catch(() => undefined);
  }
  await expect(overSecond).toHaveCount(1);
  await page.keyboard.press("Space");
  await expect(root.locator(".rule.dndDragging")).toHaveCount(0);
  await expect(summary).toContainText("Last name begins with m and City contains a");
  await expect(root.locator(".rule").nth(0).locator("select.rule-fields")).toHaveValue("lastName");
  await expect(root.locator(".rule").nth(1).locator("select.rule-fields")).toHaveValue("city");

  // A date-time field gets a day-and-time editor (a date field keeps a day picker); relative values stay selectable.
  await root.locator(".rule").nth(1).locator("select.rule-fields").selectOption({ label: "Created" });
  await root.locator(".rule").nth(1).locator("select.rule-operators").selectOption({ label: "greater than" });
  await root.locator(".rule").nth(1).locator('input[type="datetime-local"]').fill("2026-01-15T09:30");
  await expect(summary).toContainText("Created greater than Jan 15, 2026");
  await root.locator(".rule").nth(1).getByRole("combobox", { name: /Relative date/ }).selectOption({ label: "last 30 days" });
  await expect(summary).toContainText("Created greater than last 30 days");
  await expect(page.getByTestId("preview-count")).toBeVisible();
  await page.screenshot({ path: "/tmp/query-dnd.png", fullPage: true });

  // French: the choices of a built-in enum (deal status) are named in French in the editor and in the summary.
  // (the locale is the user's: the finally block below puts English back for the other specs)
  await page.getByTestId("locale-switch").selectOption("fr");
  try {
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await page.goto("/filters?entity=deal");
    const rootFr = page.locator(".ruleGroup").first();
    await rootFr.locator(".ruleGroup-header").first().getByRole("button", { name: "+ Règle" }).click();
    const ruleFr = rootFr.locator(".rule").first();
    await ruleFr.locator("select.rule-fields").selectOption({ label: "Statut" });
    const statusValue = ruleFr.getByRole("combobox", { name: "Statut: Valeur" });
    await expect(statusValue.locator("option")).toHaveText(["…", "En cours", "Gagnée", "Perdue"]);
    await statusValue.selectOption({ label: "Gagnée" });
    await expect(statusValue).toHaveValue("won");
    await expect(summary).toContainText("Statut est Gagnée");
    // French puts a (no-break) space before the colon of a label.
    await expect(summary).toContainText("Résumé\u00a0: Statut est Gagnée");
    // "is one of": a multi-select with the same words.
    await ruleFr.locator("select.rule-operators").selectOption({ label: "est l’un de" });
    await ruleFr.getByRole("listbox").selectOption(["open", "lost"]);
    await expect(summary).toContainText("Statut est l’un de En cours ou Perdue");
    // The preview speaks of deals, in French, and shows each amount in its currency the French way
    // ("25 000 €", not "25,000 EUR"), as the API's records say.
    const dealQuery = { combinator: "and", rules: [{ field: "status", operator: "in", value: ["open", "lost"] }] };
    const deals = await (await page.request.post("/api/query-builder/filter/deal", { data: { query: dealQuery, limit: 100 } })).json();
    expect(deals.total).toBeGreaterThan(1);
    const frCount = new Intl.NumberFormat("fr").format(deals.total);
    await expect(page.getByTestId("preview-count")).toHaveText(`${frCount} affaires correspondantes`);
    // The first listed deal with an amount of four digits or more (other specs may add smaller or empty ones).
    const byName = new Map((deals.data as { subject: string; amount: string | number | null; currency: string }[]).map((d) => [d.subject, d]));
    const rows = page.getByTestId("preview-rows").locator("li");
    await expect(rows.first()).toBeVisible();
    const names = await rows.locator("span:first-child").allTextContents();
    const index = names.findIndex((n) => Number(byName.get(n)?.amount ?? 0) >= 1000);
    expect(index).toBeGreaterThanOrEqual(0);
    const record = byName.get(names[index]!)!;
    const amount = Number(record.amount);
    const frAmount = new Intl.NumberFormat("fr", { style: "currency", currency: record.currency, minimumFractionDigits: 0, maximumFractionDigits: amount % 1 === 0 ? 0 : 2 }).format(amount);
    await expect(rows.nth(index).getByTestId("preview-detail")).toHaveText(frAmount);
    expect(frAmount).toMatch(/\u202f\d{3}/);
    await page.getByTestId("preview-rows").screenshot({ path: "/tmp/polish-preview-fr.png" });
    await page.screenshot({ path: "/tmp/polish-filters-fr.png", fullPage: true });

    // Arabic, right to left, on a phone: translated fields and relative dates, no sideways scrolling of the page.
    await page.getByTestId("locale-switch").selectOption("ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/filters?entity=contact");
    const rootAr = page.locator(".ruleGroup").first();
    await rootAr.locator(".ruleGroup-header").first().locator(".ruleGroup-addRule").click();
    await rootAr.locator(".rule").first().locator("select.rule-fields").selectOption({ label: "تاريخ الإنشاء" });
    await expect(rootAr.locator(".rule").first().getByRole("combobox", { name: /تاريخ نسبي/ })).toBeVisible();
    await expect(page.getByTestId("preview-count")).toContainText(/جه(ة|ات|تا) اتصال/);
    // A Latin value in the Arabic summary sits in its own <bdi> (its parentheses stay its own), as does each field name.
    await rootAr.locator(".ruleGroup-header").first().locator(".ruleGroup-addRule").click();
    const cityRule = rootAr.locator(".rule").nth(1);
    await cityRule.locator("select.rule-fields").selectOption("city");
    await cityRule.locator("select.rule-operators").selectOption("endsWith");
    await cityRule.getByRole("textbox").fill("Paris (FR)");
    await expect(summary.locator("bdi").filter({ hasText: "Paris (FR)" })).toHaveText("Paris (FR)");
    const cityLabel = (await cityRule.locator("select.rule-fields option:checked").textContent())!;
    await expect(summary.locator("bdi").filter({ hasText: cityLabel })).toHaveText(cityLabel);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: "/tmp/query-filters-ar-390.png", fullPage: true });
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByTestId("locale-switch").selectOption("en");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  }
});
