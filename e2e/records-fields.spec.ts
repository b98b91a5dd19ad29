import { expect, test, type Page } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { RecordsPage } from "./pages/records-page";

/** Adds a custom field through the API (document 003's POST /api/custom-field) and returns its label. */
async function addField(page: Page, entity: string, fieldName: string, label: string, fieldType: string, options?: object) {
  const res = await page.request.post("/api/custom-field", { data: { entity, fieldName, label, fieldType, ...(options ? { options } : {}) } });
  expect(res.status(), await res.text()).toBe(200);
  return label;
}

test.describe("custom fields edited in place", () => {
  test("date, choice, yes/no, choices and number on a contact page and in the list; a choice on the deal page", async ({ page }) => {
    await new LoginPage(page).signInAsDemoAdmin();
    const stamp = Date.now().toString(36);
    const renewal = await addField(page, "contact", `renewal_${stamp}`, `Renewal ${stamp}`, "date");
    const tier = await addField(page, "contact", `tier_${stamp}`, `Tier ${stamp}`, "select", { choices: [{ value: "gold", label: "Gold" }, { value: "silver", label: "Silver" }] });
    const vip = await addField(page, "contact", `vip_${stamp}`, `VIP ${stamp}`, "boolean");
    const tags = await addField(page, "contact", `tags_${stamp}`, `Tags ${stamp}`, "multiselect", { choices: ["press", "partner", "investor"] });
    const seats = await addField(page, "contact", `seats_${stamp}`, `Seats ${stamp}`, "number", { max: 100 });
    const source = await addField(page, "deal", `channel_${stamp}`, `Channel ${stamp}`, "select", { choices: ["web", "event", "referral"] });
    const created = await page.request.post("/api/contacts", { data: { firstName: "Inès", lastName: `Field${stamp}` } });
    expect(created.status()).toBe(201);
    const contactId = (await created.json()).data.id as string;

    const records = new RecordsPage(page);
    await page.goto(`/contacts/${contactId}`);
    await expect(page.getByRole("heading", { level: 1, name: `Inès Field${stamp}` })).toBeVisible();

    // A date: the browser's date input, shown in the locale's format.
    await records.field(renewal).click();
    await page.getByLabel(renewal, { exact: true }).fill("2026-06-30");
    await page.getByLabel(renewal, { exact: true }).press("Enter");
    await expect(records.field(renewal)).toContainText("Jun 30, 2026");

    // A choice and yes/no: a select, saved with Save.
    await records.field(tier).click();
    await page.getByRole("combobox", { name: tier, exact: true }).selectOption("gold");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(records.field(tier)).toContainText("Gold");
    await records.field(vip).click();
    await page.getByRole("combobox", { name: vip, exact: true }).selectOption({ label: "Yes" });
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(records.field(vip)).toContainText("Yes");

    // Choices: one checkbox per choice.
    await records.field(tags).click();
    const group = page.getByRole("group", { name: tags });
    await group.getByRole("checkbox", { name: "press" }).check();
    await group.getByRole("checkbox", { name: "investor" }).check();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(records.field(tags)).toContainText("press and investor");

    // A number above the field's maximum is refused beside the field; nothing changes.
    await records.field(seats).click();
    await page.getByRole("textbox", { name: seats, exact: true }).fill("500");
    await page.getByRole("textbox", { name: seats, exact: true }).press("Enter");
    await expect(page.getByText(`${seats} must be at most 100`)).toBeVisible();
    await page.getByRole("textbox", { name: seats, exact: true }).fill("42");
    await page.getByRole("textbox", { name: seats, exact: true }).press("Enter");
    await expect(records.field(seats)).toContainText("42");

    // Every change is on the timeline, and still there after a reload.
    await expect(records.timeline().getByText(/Tier/).first()).toBeVisible();
    await page.screenshot({ path: "/tmp/records-custom-fields.png", fullPage: true });
    await page.reload();
    await expect(records.field(tier)).toContainText("Gold");
    await expect(records.field(vip)).toContainText("Yes");

    // The same editor in the list's cell.
    await page.goto(`/contacts?q=field${stamp}`);
    const row = records.rows("contact");
    await expect(row).toHaveCount(1);
    await row.getByRole("button", { name: `Edit ${tier}` }).click();
    await row.getByRole("combobox", { name: tier, exact: true }).selectOption("silver");
    await row.getByRole("button", { name: "Save", exact: true }).click();
    await expect(row.getByRole("button", { name: `Edit ${tier}` })).toContainText("Silver");
    await page.screenshot({ path: "/tmp/records-custom-cell.png" });

    // The deal page shows and edits its custom fields.
    await page.goto("/deals");
    await page.getByTestId("deal-row").first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/deals\/[0-9a-f-]+$/);
    await page.getByRole("button", { name: `Edit ${source}` }).click();
    await page.getByRole("combobox", { name: source, exact: true }).selectOption("referral");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("button", { name: `Edit ${source}` })).toContainText("referral");
    await expect(page.getByTestId("timeline").getByText(/referral/)).toBeVisible();
    await page.screenshot({ path: "/tmp/records-deal-custom.png", fullPage: true });
  });
});
