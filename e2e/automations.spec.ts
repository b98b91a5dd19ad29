import { expect, test, type Page } from "@playwright/test";
import { BoardPage } from "./pages/board-page";
import { LoginPage } from "./pages/login-page";

const MANAGER = { email: "manager@demo.test", password: "demo-password" };

/** Wide enough for every column of the demo pipeline, so that board drags need no scrolling. */
test.use({ viewport: { width: 2200, height: 1100 } });

type StageChoice = { value: string; label: string };

async function stageId(page: Page, name: string): Promise<string> {
  const config = (await (await page.request.get("/api/query-builder/config/deal")).json()) as { fields: { name: string; values?: StageChoice[] }[] };
  return config.fields.find((f) => f.name === "stage")!.values!.find((v) => v.label === name)!.value;
}

async function newDeal(page: Page, name: string, amount: number, stage: string) {
  const res = await page.request.post("/api/deals", { data: { name, amount, stage_id: stage, contact_email: `${name.replace(/\W+/g, "-").toLowerCase()}@example.test`, contact_first_name: "Bea" } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { data: { uuid: string } }).data.uuid;
}

type Task = { title: string; type: string; dueAt: string | null; assignee: { email: string } | null };
/** The deal's tasks whose title starts with `prefix` (the data directory may hold automations of earlier runs). */
const tasksOf = async (page: Page, dealId: string, prefix: string) =>
  ((await (await page.request.get(`/api/tasks?dealId=${dealId}&limit=50`)).json()) as { data: Task[] }).data.filter((t) => t.title.startsWith(prefix));

/** The elements that stick out of a phone-wide page (none expected): what makes it scroll sideways. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1) && !el.closest(".react-flow__viewport, .react-flow__pane, .sr-only");
      })
      .slice(-5)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 80)}`),
  );
}

/** A handle of a step on the canvas, dragged onto another step's input handle. */
async function connect(page: Page, from: string, to: string, handle?: "true" | "false") {
  const canvas = page.getByTestId("canvas");
  const source = canvas.locator(`[data-testid="node-${from}"] .react-flow__handle.source${handle ? `[data-handleid="${handle}"]` : ""}`);
  await source.dragTo(canvas.locator(`[data-testid="node-${to}"] .react-flow__handle.target`));
}

test.describe("automations", () => {
  test("a manager builds 'deal → Negotiation and amount > 10,000 → CALL task for the owner due tomorrow', moves deals on the board, and sees the task and the runs", async ({ page }) => {
    test.setTimeout(90_000);
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(MANAGER.email, MANAGER.password);
    await expect(page).toHaveURL(/\/board$/);
    const stamp = Date.now();
    const proposal = await stageId(page, "Proposal");
    const big = await newDeal(page, `Big deal ${stamp}`, 25_000, proposal);
    const small = await newDeal(page, `Small deal ${stamp}`, 4_000, proposal);

    // A new draft opens in the editor with its trigger.
    await page.goto("/automations");
    await page.getByRole("button", { name: "New automation" }).first().click();
    await expect(page).toHaveURL(/\/automations\/[0-9a-f-]{36}$/);
    const canvas = page.getByTestId("canvas");
    await expect(canvas.getByTestId("node-trigger")).toBeVisible();
    const name = `Negotiation follow-up ${stamp}`;
    await page.getByLabel("Name", { exact: true }).fill(name);

    // Trigger: a deal moves to Negotiation (translated labels, a stage picker).
    await canvas.getByTestId("node-trigger").click();
    await page.getByLabel("When").selectOption({ label: "A deal changes stage" });
    await page.getByLabel("To stage").selectOption({ label: "Sales · Negotiation" });

    // Condition: the saved-filter query builder, Amount greater than 10,000.
    const palette = page.getByRole("toolbar", { name: "Add a step" });
    await palette.getByRole("button", { name: "+ Condition" }).click();
    const builder = page.getByTestId("condition-builder");
    await builder.getByRole("button", { name: "+ Rule" }).click();
    await builder.getByTitle("Field", { exact: true }).selectOption({ label: "Amount" });
    await builder.getByTitle("Operator", { exact: true }).selectOption({ label: "greater than" });
    await builder.getByLabel("Amount: Value").fill("10000");
    await expect(canvas.getByTestId("node-condition")).toContainText("Amount greater than 10,000");

    // Action: a CALL task for the owner, due in 1 day, its title with an inserted variable.
    await palette.getByRole("button", { name: "+ Action" }).click();
    await page.getByLabel("Do").selectOption({ label: "Create a task" });
    await page.getByLabel("Task title").fill(`Call ${stamp}: `);
    await page.getByLabel("Insert a variable").first().selectOption("deal.name");
    await expect(page.getByLabel("Task title")).toHaveValue(`Call ${stamp}: {{deal.name}}`);
    await page.getByLabel("Task type").selectOption({ label: "Call" });
    await page.getByLabel("Due unit").selectOption({ label: "days" });
    await page.getByLabel("Due in", { exact: true }).fill("1");
    await expect(page.getByLabel("Assignee")).toHaveValue("owner");

    // Live validation: the two new steps are not connected; the switch stays off.
    await expect(page.getByTestId("issues")).toContainText("Condition · Amount greater than 10,000: this step is not connected to the trigger");
    await expect(page.getByTestId("issues")).toContainText("Action · Create a task: Call");
    // Each bullet stands on the first line of its problem, also when the text wraps onto more lines.
    for (const item of await page.getByTestId("issues").locator("li").all()) {
      const [bullet, text] = [await item.locator("> span[aria-hidden]").boundingBox(), await item.locator("> :last-child").boundingBox()];
      expect(Math.abs(bullet!.y - text!.y)).toBeLessThan(1);
    }
    await page.getByTestId("issues").screenshot({ path: "/tmp/polish-automation-issues-en.png" });
    await expect(canvas.locator('[data-invalid="true"]')).toHaveCount(3);
    await expect(page.getByRole("switch", { name: "Active" })).toBeDisabled();

    // Connect the handles: trigger → condition, condition (yes) → action.
    await page.getByRole("button", { name: "Auto-layout" }).click();
    await connect(page, "trigger", "condition");
    await page.getByRole("button", { name: "Auto-layout" }).click();
    await connect(page, "condition", "action", "true");
    await expect(canvas.locator(".react-flow__edge")).toHaveCount(2);
    await expect(page.getByText("Ready to activate")).toBeVisible();
    await expect(canvas.locator('[data-invalid="true"]')).toHaveCount(0);
    await page.screenshot({ path: "/tmp/automation-editor-en.png" });

    // Draft, then active.
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();
    await page.getByRole("switch", { name: "Active" }).click();
    await expect(page.getByRole("switch", { name: "Active" })).toBeChecked();
    const automationUrl = page.url();

    // On the board: the big deal is dragged to Negotiation, then the small one.
    const board = new BoardPage(page);
    await board.goto();
    await board.drag(board.card(big), board.column("Negotiation"));
    await expect.poll(() => board.stageOf(big)).toBe("Negotiation");
    await board.drag(board.card(small), board.column("Negotiation"));
    await expect.poll(() => board.stageOf(small)).toBe("Negotiation");

    // The task: type CALL, for the owner (the manager created the deal), due tomorrow.
    await expect.poll(async () => (await tasksOf(page, big, `Call ${stamp}`)).length, { timeout: 15_000 }).toBe(1);
    const [task] = await tasksOf(page, big, `Call ${stamp}`);
    expect(task).toMatchObject({ title: `Call ${stamp}: Big deal ${stamp}`, type: "CALL" });
    expect(task!.assignee?.email).toBe(MANAGER.email);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(task!.dueAt?.slice(0, 10)).toBe(tomorrow);
    // …and on the deal's page.
    await page.goto(`/deals/${big}`);
    await expect(page.getByTestId("deal-tasks").getByText(`Call ${stamp}: Big deal ${stamp}`)).toBeVisible();
    // The small deal has no task.
    expect(await tasksOf(page, small, `Call ${stamp}`)).toEqual([]);

    // Run history: two runs, newest first. The small deal's ended on the "no" branch, the big deal's created the task.
    await page.goto(automationUrl);
    const runs = page.getByTestId("runs").locator(":scope > li");
    await expect(async () => {
      await page.getByRole("button", { name: "Refresh" }).click();
      await expect(runs).toHaveCount(2, { timeout: 1_000 });
      await expect(runs.locator("summary").getByText("Succeeded", { exact: true })).toHaveCount(2, { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await runs.nth(0).locator("summary").first().click();
    await expect(runs.nth(0).getByTestId("run-step")).toHaveCount(2);
    await expect(runs.nth(0).getByTestId("run-steps")).toContainText("→ no");
    await runs.nth(1).locator("summary").first().click();
    const steps = runs.nth(1).getByTestId("run-step");
    await expect(steps).toHaveCount(3);
    await expect(steps.nth(0)).toContainText("Trigger · A deal changes stage");
    await expect(steps.nth(1)).toContainText("Condition · Amount greater than 10,000");
    await expect(steps.nth(1)).toContainText("→ yes");
    await expect(steps.nth(2)).toContainText("Action · Create a task");
    await steps.nth(2).getByText("Output").click();
    await expect(steps.nth(2)).toContainText(`"title": "Call ${stamp}: Big deal ${stamp}"`);
    await page.screenshot({ path: "/tmp/automation-runs-en.png", fullPage: true });

    // The list: active, two runs, no errors.
    await page.goto("/automations");
    const row = page.getByRole("row", { name: new RegExp(name) });
    await expect(row.getByRole("switch")).toBeChecked();
    await expect(row).toContainText("A deal changes stage");
    await page.screenshot({ path: "/tmp/automation-list-en.png" });
  });

  test("the editor and the list in Arabic (RTL) and at 390 px", async ({ page }) => {
    await new LoginPage(page).signInAsDemoAdmin();
    await page.goto("/automations");
    await page.getByTestId("locale-switch").selectOption("ar");
    try {
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      await page.goto("/automations");
      await expect(page.getByRole("table")).toBeVisible();
      await page.screenshot({ path: "/tmp/automation-list-ar.png" });
      await page.locator('a[href^="/automations/"]:visible').first().click();
      await expect(page.getByTestId("canvas")).toBeVisible();
      await page.getByTestId("canvas").getByTestId("node-condition").click();
      await expect(page.getByTestId("condition-builder")).toBeVisible();
      await page.screenshot({ path: "/tmp/automation-editor-ar.png", fullPage: true });
      // The step cards read right to left on the left-to-right canvas: the kind starts on the right; the branches
      // keep their places (the layout is shared by every language) and each word stays above its own handle.
      const card = page.getByTestId("canvas").getByTestId("node-condition");
      await expect(card).toHaveAttribute("dir", "rtl");
      const cardBox = (await card.boundingBox())!;
      const kindBox = (await card.getByText("شرط", { exact: true }).boundingBox())!;
      expect(cardBox.x + cardBox.width - (kindBox.x + kindBox.width)).toBeLessThan(24);
      expect(kindBox.x - cardBox.x).toBeGreaterThan(cardBox.width / 3);
      const centre = async (l: ReturnType<typeof card.locator>) => {
        const b = (await l.boundingBox())!;
        return b.x + b.width / 2;
      };
      const [yesWord, noWord, yesHandle, noHandle] = await Promise.all([
        centre(card.getByText("نعم", { exact: true })),
        centre(card.getByText("لا", { exact: true })),
        centre(card.locator('.react-flow__handle[data-handleid="true"]')),
        centre(card.locator('.react-flow__handle[data-handleid="false"]')),
      ]);
      expect(yesHandle).toBeLessThan(noHandle);
      expect(Math.abs(yesHandle - yesWord)).toBeLessThan(4);
      expect(Math.abs(noHandle - noWord)).toBeLessThan(4);
      // Every edge that leaves the card leaves from one of its two handles (the edges follow the moved handles).
      const handles = await Promise.all(["true", "false"].map(async (id) => (await card.locator(`.react-flow__handle[data-handleid="${id}"]`).boundingBox())!));
      const starts = await page.getByTestId("canvas").evaluate((root) =>
        [...root.querySelectorAll<SVGPathElement>("path.react-flow__edge-path")].map((path) => {
          const point = path.getPointAtLength(0);
          const m = path.getScreenCTM()!;
          return { x: point.x * m.a + point.y * m.c + m.e, y: point.x * m.b + point.y * m.d + m.f };
        }),
      );
      const fromCard = starts.filter((p) => p.x >= cardBox.x && p.x <= cardBox.x + cardBox.width && Math.abs(p.y - (cardBox.y + cardBox.height)) < 12);
      expect(fromCard.length).toBeGreaterThan(0);
      for (const p of fromCard) expect(handles.some((h) => Math.abs(p.x - (h.x + h.width / 2)) < h.width)).toBe(true);
      // A step titled in Latin letters: in the Arabic problem sentence the title sits in its own <bdi>, so it
      // keeps its direction and the sentence its order (nothing is saved: the page is left without saving).
      await page.getByRole("toolbar", { name: "إضافة خطوة" }).getByRole("button", { name: "+ إجراء" }).click();
      await page.getByLabel("نفّذ").selectOption({ label: "إنشاء مهمة" });
      await page.getByLabel("عنوان المهمة").fill("Call Acme 2");
      const problem = page.getByTestId("issues").locator("li").filter({ hasText: "Call Acme 2" });
      await expect(problem).toHaveCount(1);
      await expect(problem.locator("bdi")).toHaveText("Call Acme 2");
      await expect(problem).toContainText("إجراء · إنشاء مهمة: Call Acme 2:");
      await page.getByTestId("issues").screenshot({ path: "/tmp/polish-automation-issues-ar.png" });
      await page.locator(".react-flow__controls-fitview").click();
      await expect(page.getByTestId("canvas").getByTestId("node-action").last().locator("bdi")).toHaveText("Call Acme 2");
      await page.getByTestId("canvas").screenshot({ path: "/tmp/polish-automation-canvas-ar.png" });
      const arRuns = page.getByTestId("runs").locator(":scope > li");
      if ((await arRuns.count()) > 0) {
        await arRuns.first().locator("summary").first().click();
        await arRuns.first().screenshot({ path: "/tmp/polish-automation-run-ar.png" });
      }
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto("/automations");
      await expect(page.getByTestId("automation-cards").getByRole("switch").first()).toBeVisible();
      // The list fits the phone (cards): no sideways scrolling.
      expect(await overflowing(page)).toEqual([]);
      await page.screenshot({ path: "/tmp/automation-list-ar-390.png", fullPage: true });
      await page.locator('a[href^="/automations/"]:visible').first().click();
      await expect(page.getByTestId("canvas")).toBeVisible();
      await page.screenshot({ path: "/tmp/automation-editor-ar-390.png", fullPage: true });
      expect(await overflowing(page)).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 2200, height: 1000 });
      await page.getByTestId("locale-switch").selectOption("en");
      await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    }
  });
});
