import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";

const MANAGER = { email: "manager@demo.test", password: "demo-password" };

type Saved = { nodes: { type: string; data: Record<string, unknown> }[] };

test.describe("automation delays and trigger options", () => {
  test("a manager waits until a date field of the deal, picks the fields an update must touch, and both are saved", async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(MANAGER.email, MANAGER.password);
    await expect(page).toHaveURL(/\/board$/);

    await page.goto("/automations");
    await page.getByRole("button", { name: "New automation" }).first().click();
    await expect(page).toHaveURL(/\/automations\/[0-9a-f-]{36}$/);
    const id = page.url().split("/").pop()!;
    const canvas = page.getByTestId("canvas");
    await page.getByLabel("Name", { exact: true }).fill(`Close-date reminder ${Date.now()}`);

    // Trigger: a deal is updated, only when its expected close date or amount changes.
    await canvas.getByTestId("node-trigger").click();
    await page.getByLabel("When").selectOption({ label: "A deal is updated" });
    const changed = page.getByRole("group", { name: "Only when one of these fields changes" });
    await changed.getByLabel("Expected close date").check();
    await changed.getByLabel("Amount").check();

    // Delay: until the expected close date, 9 hours after its midnight.
    await page.getByRole("toolbar", { name: "Add a step" }).getByRole("button", { name: "+ Delay" }).click();
    await page.getByLabel("Until a date of the record").check();
    await page.getByLabel("Date field").selectOption({ label: "Expected close date" });
    await page.getByLabel("Offset (hours)").fill("9");
    await expect(canvas.getByTestId("node-delay")).toContainText("until Expected close date + 9 h");
    await page.screenshot({ path: "/tmp/automation-delay-en.png" });

    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();
    const saved = (await (await page.request.get(`/api/automation/${id}`)).json()) as Saved;
    expect(saved.nodes.find((n) => n.type === "delay")!.data).toEqual({ delay: { untilField: "expectedCloseDate", offsetHours: 9 } });
    expect(saved.nodes.find((n) => n.type === "trigger")!.data).toEqual({ trigger: "deal.updated", config: { fields: ["expectedCloseDate", "amount"] } });

    // Reloaded, the panel shows the saved choice; back to an amount of time.
    await page.reload();
    await canvas.getByTestId("node-delay").click();
    await expect(page.getByLabel("Until a date of the record")).toBeChecked();
    await expect(page.getByLabel("Date field")).toHaveValue("expectedCloseDate");
    await expect(page.getByLabel("Offset (hours)")).toHaveValue("9");

    // In French: the record fields the pickers list are named by the registry's translated labels, never by
    // their column, and the condition's query builder names deal statuses in French.
    await page.getByTestId("locale-switch").selectOption("fr");
    try {
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      await expect(canvas.getByTestId("node-delay")).toContainText("jusqu’à Date de clôture prévue + 9 h");
      await canvas.getByTestId("node-delay").click();
      await expect(page.getByLabel("Champ date").locator("option:checked")).toHaveText("Date de clôture prévue");
      await expect(page.getByLabel("Champ date").locator("option")).toContainText(["Date de clôture prévue", "Créé le"]);
      await canvas.getByTestId("node-trigger").click();
      const changedFr = page.getByRole("group", { name: "Seulement quand l’un de ces champs change" });
      await expect(changedFr.getByLabel("Date de clôture prévue")).toBeChecked();
      await expect(changedFr.getByLabel("Montant")).toBeChecked();
      await expect(changedFr.getByLabel("Qualifié")).not.toBeChecked();
      await expect(changedFr.getByLabel("Propriétaire")).toBeVisible();
      await expect(changedFr).not.toContainText(/isQualified|ownerId|expectedCloseDate|Amount/);
      await page.getByRole("toolbar", { name: "Ajouter une étape" }).getByRole("button", { name: "+ Condition" }).click();
      const builder = page.getByTestId("condition-builder");
      await builder.getByRole("button", { name: "+ Règle" }).click();
      await builder.locator("select.rule-fields").selectOption({ label: "Statut" });
      await builder.getByRole("combobox", { name: "Statut: Valeur" }).selectOption({ label: "Gagnée" });
      await expect(canvas.getByTestId("node-condition")).toContainText("Statut est Gagnée");
      await page.screenshot({ path: "/tmp/polish-automation-fr.png", fullPage: true });
    } finally {
      await page.getByTestId("locale-switch").selectOption("en");
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    }

    // The same panel in Arabic (RTL).
    await page.getByTestId("locale-switch").selectOption("ar");
    try {
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      await canvas.getByTestId("node-delay").click();
      await expect(page.getByLabel("حتى تاريخ في السجل")).toBeChecked();
      await page.screenshot({ path: "/tmp/automation-delay-ar.png" });
    } finally {
      await page.getByTestId("locale-switch").selectOption("en");
      await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
      // Leave the list as the other specs expect it.
      expect((await page.request.delete(`/api/automation/${id}`)).status()).toBeLessThan(300);
    }
  });
});
