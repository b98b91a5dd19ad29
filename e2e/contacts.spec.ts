import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { RecordsPage } from "./pages/records-page";

test.describe("contacts and accounts", () => {
  test("search a contact, open it, edit a field, see the change in the timeline", async ({ page }) => {
    await new LoginPage(page).signInAsDemoAdmin();
    const stamp = Date.now().toString(36);
    const created = await page.request.post("/api/contacts", { data: { firstName: "Quentin", lastName: `Lefort${stamp}`, primaryEmail: `quentin.${stamp}@e2e.test`, jobTitle: "Buyer" } });
    expect(created.status()).toBe(201);

    const records = new RecordsPage(page);
    await page.goto("/contacts");
    await expect(records.rows("contact").first()).toBeVisible();
    await expect(page.getByTestId("page-info")).toContainText(/of \d+/);
    await page.screenshot({ path: "/tmp/records-contacts.png" });

    await records.search.fill(`lefort${stamp}`);
    await expect(page).toHaveURL(new RegExp(`q=lefort${stamp}`));
    await expect(records.rows("contact")).toHaveCount(1);
    await records.rows("contact").getByRole("link", { name: `Quentin Lefort${stamp}` }).click();

    await expect(page.getByRole("heading", { level: 1, name: `Quentin Lefort${stamp}` })).toBeVisible();
    for (const section of ["Details", "Accounts", "Open tasks", "Deals", "Activity"]) await expect(page.getByRole("heading", { name: section, exact: true })).toBeVisible();
    // A bad email is refused beside the field, and nothing changes.
    await records.editField("Email", "not-an-email");
    await expect(page.getByText("Email must be a valid email address")).toBeVisible();
    await page.getByRole("textbox", { name: "Email", exact: true }).press("Escape");

    await records.editField("Job title", "Head of Procurement");
    await expect(records.field("Job title")).toContainText("Head of Procurement");
    const timeline = records.timeline();
    await expect(timeline.getByText("Head of Procurement")).toBeVisible();
    await expect(timeline.getByText("Buyer")).toBeVisible();
    await page.screenshot({ path: "/tmp/records-contact.png", fullPage: true });

    // The change is saved: it is still there after a reload.
    await page.reload();
    await expect(records.field("Job title")).toContainText("Head of Procurement");
  });

  test("Ctrl-K finds an account and opens it", async ({ page }) => {
    await new LoginPage(page).signInAsDemoAdmin();
    const list = await (await page.request.get("/api/accounts?limit=1&sort=name")).json();
    const account = list.data[0] as { id: string; name: string };

    const records = new RecordsPage(page);
    await page.goto("/accounts");
    await expect(records.rows("account").first()).toBeVisible();
    await page.screenshot({ path: "/tmp/records-accounts.png" });

    const box = await records.openPalette();
    await box.fill(account.name.slice(0, 6));
    const option = page.getByTestId("palette-accounts").filter({ hasText: account.name }).first();
    await expect(option).toBeVisible();
    await page.screenshot({ path: "/tmp/records-palette.png" });
    await option.click();
    await expect(page).toHaveURL(new RegExp(`/accounts/${account.id}$`));
    await expect(page.getByRole("heading", { level: 1, name: account.name })).toBeVisible();
    await page.screenshot({ path: "/tmp/records-account.png", fullPage: true });
  });

  test("bulk assign and delete with confirmation", async ({ page }) => {
    await new LoginPage(page).signInAsDemoAdmin();
    const stamp = Date.now().toString(36);
    for (const n of [1, 2]) await page.request.post("/api/contacts", { data: { firstName: `Bulk${n}`, lastName: `Zz${stamp}` } });
    const records = new RecordsPage(page);
    await page.goto(`/contacts?q=zz${stamp}`);
    await expect(records.rows("contact")).toHaveCount(2);
    await page.getByRole("checkbox", { name: "Select all on this page" }).check();
    await expect(page.getByText("2 selected")).toBeVisible();
    // The messages speak of contacts (and of accounts on the account list), not of "records".
    const bar = page.getByRole("region", { name: "2 selected" });
    await bar.getByRole("combobox", { name: "Assign owner" }).selectOption({ label: "Sophie Martin" });
    await bar.getByRole("button", { name: "Assign", exact: true }).click();
    await expect(page.getByText("2 contacts assigned.")).toBeVisible();
    await expect(records.rows("contact")).toHaveCount(2);
    await page.getByRole("checkbox", { name: "Select all on this page" }).check();
    await page.getByRole("button", { name: "Delete" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete 2 contacts?" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Delete" }).click();
    await expect(page.getByText("2 contacts deleted.")).toBeVisible();
    await expect(page.getByText(`Nothing matches “zz${stamp}”`)).toBeVisible();

    for (const n of [1, 2]) await page.request.post("/api/accounts", { data: { name: `Bulk account ${n} ${stamp}` } });
    await page.goto(`/accounts?q=${stamp}`);
    await expect(records.rows("account")).toHaveCount(2);
    await page.getByRole("checkbox", { name: "Select all on this page" }).check();
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("dialog", { name: "Delete 2 accounts?" }).getByRole("button", { name: "Delete" }).click();
    await expect(page.getByText("2 accounts deleted.")).toBeVisible();
  });

  test("Arabic, right to left, at a phone width", async ({ page }) => {
    await new LoginPage(page).signInAsDemoAdmin();
    const locale = page.getByTestId("locale-switch");
    try {
      await locale.selectOption("ar");
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      await page.goto("/contacts");
      await expect(page.getByRole("heading", { level: 1, name: "جهات الاتصال" })).toBeVisible();
      await page.screenshot({ path: "/tmp/records-contacts-ar.png" });
      await page.getByTestId("contact-row").first().getByRole("link").first().click();
      await expect(page.getByRole("heading", { name: "التفاصيل" })).toBeVisible();
      await page.screenshot({ path: "/tmp/records-contact-ar.png", fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto("/accounts");
      await expect(page.getByRole("heading", { level: 1, name: "الحسابات" })).toBeVisible();
      await page.screenshot({ path: "/tmp/records-accounts-ar-narrow.png", fullPage: true });
    } finally {
      // The demo admin is shared with the other specs: back to English.
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto("/contacts");
      await page.getByTestId("locale-switch").selectOption("en");
      await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    }
  });
});
