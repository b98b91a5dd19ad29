import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";

const MANAGER = { email: "manager@demo.test", password: "demo-password" };

test.describe("automations", () => {
  test("a manager builds 'deal moved to Closed won → create a task', activates it, and sees the task and the run", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(MANAGER.email, MANAGER.password);
    await expect(page).toHaveURL(/\/board$/);

    // A new draft opens in the editor with its trigger.
    await page.goto("/automations");
    await page.getByRole("button", { name: "New automation" }).first().click();
    await expect(page).toHaveURL(/\/automations\/[0-9a-f-]{36}$/);
    const automationId = page.url().split("/").pop()!;
    const canvas = page.getByTestId("canvas");
    await expect(canvas.getByTestId("node-trigger")).toBeVisible();
    const title = `Celebrate ${Date.now()}`;
    await page.getByLabel("Name").first().fill(`Won → ${title}`);

    // The trigger: a deal moves to Closed won.
    await canvas.getByTestId("node-trigger").click();
    await page.getByLabel("When").selectOption("deal.stage_changed");
    await page.getByLabel("To stage").selectOption({ label: "Sales · Closed won" });

    // The action: a CALL task for the owner, due in 24 hours.
    await page.getByRole("toolbar", { name: "Add a step" }).getByRole("button", { name: "+ Action" }).click();
    await page.getByLabel("Do").selectOption("create_task");
    await page.getByLabel("Task title").fill(`${title} {{deal.name}}`);
    await page.getByLabel("Task type").selectOption("CALL");
    await page.getByLabel("Due in (hours)").fill("24");

    // Not connected yet: live validation says so and the switch stays off.
    await expect(page.getByTestId("issues")).toContainText("not connected to the trigger");
    await expect(page.getByRole("switch", { name: "Active" })).toBeDisabled();

    // Connect trigger → action by dragging between the handles.
    await page.getByRole("button", { name: "Auto-layout" }).click();
    await canvas.locator('[data-testid="node-trigger"] .react-flow__handle.source').dragTo(canvas.locator('[data-testid="node-action"] .react-flow__handle.target'));
    await expect(canvas.locator(".react-flow__edge")).toHaveCount(1);
    await expect(page.getByText("Ready to activate")).toBeVisible();

    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved")).toBeVisible();
    await page.getByRole("switch", { name: "Active" }).click();
    await expect(page.getByRole("switch", { name: "Active" })).toBeChecked();
    await expect(page.getByText("Saved")).toBeVisible();
    await page.screenshot({ path: "/tmp/automation-e2e-editor.png", fullPage: true });

    // A new deal, then moved to Closed won through the API (the board uses the same verb).
    const createdDeal = await page.request.post("/api/deals", { data: { name: `Won deal ${Date.now()}`, amount: 12000, contact_email: `buyer-${Date.now()}@example.test`, contact_first_name: "Bea" } });
    expect(createdDeal.status()).toBe(201);
    const deal = ((await createdDeal.json()) as { data: { uuid: string; name: string } }).data;
    const stages = (await (await page.request.get("/api/query-builder/config/deal")).json()) as { fields: { name: string; values?: { value: string; label: string }[] }[] };
    const won = stages.fields.find((f) => f.name === "stage")!.values!.find((v) => v.label === "Closed won")!;
    expect((await page.request.patch(`/api/deals/${deal.uuid}`, { data: { stage_id: won.value } })).ok()).toBe(true);

    // The run appears with its steps; the task exists.
    const runs = page.getByTestId("runs");
    await expect(async () => {
      await page.getByRole("button", { name: "Refresh" }).click();
      await expect(runs.getByText("Succeeded").first()).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await runs.locator("summary").first().click();
    await expect(runs.getByText(`${title} ${deal.name}`).first()).toBeVisible();
    await expect(runs.locator("ol li")).toHaveCount(2);
    await page.screenshot({ path: "/tmp/automation-e2e-run.png", fullPage: true });

    const tasks = (await (await page.request.get(`/api/tasks?dealId=${deal.uuid}&limit=50`)).json()) as { data: { title: string; type: string }[] };
    expect(tasks.data).toEqual(expect.arrayContaining([expect.objectContaining({ title: `${title} ${deal.name}`, type: "CALL" })]));

    // The list shows it active with one run.
    await page.goto("/automations");
    const row = page.getByRole("row", { name: new RegExp(`Won → ${title}`) });
    await expect(row.getByRole("switch")).toBeChecked();
    await expect(row.getByRole("cell", { name: "1", exact: true }).first()).toBeVisible();
    expect(automationId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
