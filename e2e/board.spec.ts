import { expect, test, type Page } from "@playwright/test";
import { BoardPage } from "./pages/board-page";
import { LoginPage } from "./pages/login-page";

/** Wide enough for every column of the demo pipeline, so that drags need no scrolling. */
test.use({ viewport: { width: 2200, height: 1000 } });

async function signIn(page: Page) {
  await new LoginPage(page).signInAsDemoAdmin();
}

test.describe("pipeline board", () => {
  test("drag a card to another stage with the mouse: it stays there after a reload", async ({ page }) => {
    await signIn(page);
    const board = new BoardPage(page);
    await board.goto();
    const card = board.cards("New lead").first();
    const id = (await card.getAttribute("data-deal-id"))!;
    const before = await board.column("Qualified").getByTestId("column-count").textContent();
    await board.drag(card, board.column("Qualified"));
    await expect(board.column("Qualified").locator(`[data-deal-id="${id}"]`)).toBeVisible();
    await expect.poll(() => board.stageOf(id)).toBe("Qualified");
    await expect(board.column("Qualified").getByTestId("column-count")).not.toHaveText(before!);
    await page.reload();
    await expect(board.column("Qualified").locator(`[data-deal-id="${id}"]`)).toBeVisible();
    await page.screenshot({ path: "e2e/screenshots/board.png" });
    await page.screenshot({ path: "/tmp/board-en-desktop.png" });
  });

  test("move a card with the keyboard: space, arrow, space", async ({ page }) => {
    await signIn(page);
    const board = new BoardPage(page);
    await board.goto();
    const card = board.cards("Qualified").first();
    const id = (await card.getAttribute("data-deal-id"))!;
    await card.focus();
    await page.keyboard.press("Space");
    // dnd-kit's keyboard sensor listens for the arrows only once the drag has started.
    await expect(page.locator(`[data-deal-id="${id}"][data-dragging="true"]`)).toHaveCount(1);
    await page.keyboard.press("ArrowRight");
    // Drop once dnd-kit has moved the card over the next column (its live region says so): a Space pressed
    // before that measure drops the card where it was.
    await expect(page.locator('[id^="DndLiveRegion"]').filter({ hasText: "is over Proposal" })).toHaveCount(1);
    await page.keyboard.press("Space");
    await expect.poll(() => board.stageOf(id)).toBe("Proposal");
    await page.reload();
    await expect(board.column("Proposal").locator(`[data-deal-id="${id}"]`)).toBeVisible();
  });

  test("moving a deal into a lost stage asks for the reason, then marks it lost", async ({ page }) => {
    await signIn(page);
    const board = new BoardPage(page);
    await board.goto();
    const card = board.cards("Negotiation").first();
    const id = (await card.getAttribute("data-deal-id"))!;
    await board.drag(card, board.column("Closed lost"));
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await dialog.getByLabel("Loss reason").fill("Chose a competitor");
    await page.screenshot({ path: "e2e/screenshots/board-loss-reason.png" });
    await dialog.getByRole("button", { name: "Mark as lost" }).click();
    await expect.poll(async () => (await (await page.request.get(`/api/deals/${id}`)).json()).data).toMatchObject({ status: "lost", loss_reason: "Chose a competitor" });
    await page.reload();
    await expect(board.column("Closed lost").locator(`[data-deal-id="${id}"]`)).toBeVisible();

    // The status has the same words everywhere: the board's filter, the deals list (filter and row), the deal page.
    const statuses = ["All statuses", "Open", "Won", "Lost"];
    await expect(page.getByRole("combobox", { name: "Status" }).locator("option")).toHaveText(statuses);
    const { name } = (await (await page.request.get(`/api/deals/${id}`)).json()).data as { name: string };
    await page.goto(`/deals?status=lost&search=${encodeURIComponent(name)}`);
    await expect(page.getByRole("combobox", { name: "Status" }).locator("option")).toHaveText(statuses);
    const row = page.getByTestId("deal-row").filter({ has: page.locator(`a[href="/deals/${id}"]`) });
    await expect(row).toContainText("· Lost");
    await row.getByRole("link", { name, exact: true }).click();
    await expect(page.getByTestId("deal-title")).toHaveText(name);
    await expect(page.locator("header").getByText("Lost", { exact: true })).toBeVisible();
  });

  test("cancelling the loss reason puts the card back", async ({ page }) => {
    await signIn(page);
    const board = new BoardPage(page);
    await board.goto();
    const card = board.cards("Proposal").first();
    const id = (await card.getAttribute("data-deal-id"))!;
    await board.drag(card, board.column("Closed lost"));
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
    await expect(board.column("Proposal").locator(`[data-deal-id="${id}"]`)).toBeVisible();
    expect(await board.stageOf(id)).toBe("Proposal");
  });

  test("quick add creates a deal in the column, with its contact", async ({ page }) => {
    await signIn(page);
    const board = new BoardPage(page);
    await board.goto();
    await page.getByRole("button", { name: "Add a deal to Qualified" }).click();
    const form = page.getByRole("form", { name: "Add a deal to Qualified" });
    await form.getByLabel("Deal name").fill("E2E quick deal");
    await form.getByLabel("Amount").fill("4200");
    await form.getByLabel("Contact email").fill(`quick-${Date.now()}@e2e.test`);
    await form.getByLabel("Contact name").fill("Quinn Quick");
    await form.getByRole("button", { name: "Add deal" }).click();
    await expect(board.cards("Qualified").filter({ hasText: "E2E quick deal" })).toBeVisible();
  });

  test("filters live in the URL and survive a reload", async ({ page }) => {
    await signIn(page);
    const board = new BoardPage(page);
    await board.goto();
    await page.getByLabel("Owner").selectOption("me");
    await page.getByLabel("Search deals").fill("zzz-no-such-deal");
    await expect(page).toHaveURL(/owner=me/);
    await expect(page).toHaveURL(/q=zzz-no-such-deal/);
    await page.reload();
    await expect(page.getByLabel("Search deals")).toHaveValue("zzz-no-such-deal");
    await expect(page.getByTestId("deal-card")).toHaveCount(0);
  });

  test("the board and a deal page in Arabic (right to left) and at phone width", async ({ page }) => {
    await signIn(page);
    const board = new BoardPage(page);
    await board.goto();
    const id = (await board.cards("Proposal").first().getAttribute("data-deal-id"))!;
    await page.getByTestId("locale-switch").selectOption("ar");
    try {
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      await board.goto();
      await expect(page.getByRole("heading", { level: 1, name: "اللوحة" })).toBeVisible();
      await page.screenshot({ path: "e2e/screenshots/board-ar.png" });
      await page.setViewportSize({ width: 390, height: 844 });
      await board.goto();
      // The columns scroll inside the board; the page itself stays as wide as the phone.
      await expect(page.getByRole("heading", { level: 1, name: "اللوحة" })).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: "e2e/screenshots/board-ar-phone.png" });
      await page.screenshot({ path: "/tmp/board-ar-390.png" });
      await page.goto(`/deals/${id}`);
      await expect(page.getByTestId("stage-path")).toBeVisible();
      await page.screenshot({ path: "e2e/screenshots/deal-ar-phone.png", fullPage: true });
    } finally {
      // Back to English for the other specs (the switch is in the sidebar, hidden behind the menu on a phone).
      await page.setViewportSize({ width: 2200, height: 1000 });
      await page.getByTestId("locale-switch").selectOption("en");
      await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    }
  });
});

test.describe("deal page", () => {
  test("edit a field in place and see the change in the timeline; move by the stage path", async ({ page }) => {
    await signIn(page);
    const board = new BoardPage(page);
    await board.goto();
    await board.cards("New lead").first().click();
    await expect(page).toHaveURL(/\/deals\//);
    await page.getByRole("button", { name: "Edit Next steps" }).click();
    await page.getByLabel("Next steps").fill("Send the revised quote");
    await page.getByRole("button", { name: "Save" }).click();
    const timeline = page.getByTestId("timeline");
    await expect(timeline.getByText(/Next steps.*→.*Send the revised quote/)).toBeVisible();
    await page.getByRole("button", { name: "Move to Qualified" }).click();
    await expect(page.getByRole("button", { name: "Qualified (current stage)" })).toBeVisible();
    await expect(timeline.getByText(/Stage.*New lead.*→.*Qualified/)).toBeVisible();
    await page.getByLabel("Add a note").fill("Called, they want a demo");
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(timeline.getByText("Called, they want a demo")).toBeVisible();
    await page.screenshot({ path: "e2e/screenshots/deal.png", fullPage: true });
  });
});

test.describe("deal list", () => {
  test("sort, select two deals and delete them after confirming", async ({ page }) => {
    await signIn(page);
    await page.goto("/deals");
    const rows = page.getByTestId("deal-row");
    await expect(rows.first()).toBeVisible();
    const total = Number((await page.getByTestId("deal-range").textContent())!.match(/of (\d+)/)![1]);
    await page.getByRole("link", { name: "Sort by Amount" }).click();
    await expect(page).toHaveURL(/sort=amount/);
    await page.screenshot({ path: "e2e/screenshots/deals.png" });
    const names = [await rows.nth(0).getByRole("link").textContent(), await rows.nth(1).getByRole("link").textContent()];
    await rows.nth(0).getByRole("checkbox").check();
    await rows.nth(1).getByRole("checkbox").check();
    await expect(page.getByTestId("bulk-bar")).toContainText("2 deals selected");
    await page.getByTestId("bulk-bar").getByRole("button", { name: "Delete" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
    await expect(page.getByTestId("deal-range")).toContainText(`of ${total - 2}`);
    for (const name of names) await expect(page.getByRole("link", { name: name!, exact: true })).toHaveCount(0);
  });
});
