import { expect, test } from "@playwright/test";
import { DEMO_ADMIN, LoginPage } from "./pages/login-page";

const SECTIONS = ["Board", "Deals", "Contacts", "Accounts", "Tasks", "Filters", "Automations", "Settings"];

test.describe("signing in", () => {
  test("the demo admin signs in and sees the app shell", async ({ page }) => {
    const login = new LoginPage(page);
    await login.signInAsDemoAdmin();

    const me = await (await page.request.get("/api/me")).json();
    const sidebar = page.getByRole("complementary", { name: "Sidebar" });
    const nav = sidebar.getByRole("navigation", { name: "Main" });
    for (const label of SECTIONS) await expect(nav.getByRole("link", { name: label })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Board" })).toHaveAttribute("aria-current", "page");
    await expect(sidebar.getByTestId("workspace-name")).toHaveText(DEMO_ADMIN.tenant);
    await expect(sidebar.getByTestId("user-name")).toHaveText(me.name);
    await expect(sidebar.getByText(DEMO_ADMIN.email)).toBeVisible();
    await expect(sidebar.getByRole("button", { name: "Sign out" })).toBeVisible();

    await nav.getByRole("link", { name: "Deals" }).click();
    await expect(page).toHaveURL(/\/deals$/);
    await expect(page.getByRole("heading", { level: 1, name: "Deals" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Deals" })).toHaveAttribute("aria-current", "page");

    await page.goto("/board");
    await page.screenshot({ path: "e2e/screenshots/shell.png", fullPage: true });
  });

  test("a wrong password shows an error and stays on the login page", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(DEMO_ADMIN.email, "not-the-password");
    await expect(login.error(/wrong email or password/i)).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
    await expect(login.email).toHaveValue(DEMO_ADMIN.email);
  });

  test("an unauthenticated visit is sent to the login page, then back", async ({ page }) => {
    await page.goto("/deals");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdeals$/);
    const login = new LoginPage(page);
    await login.signIn(DEMO_ADMIN.email, DEMO_ADMIN.password);
    await expect(page).toHaveURL(/\/deals$/);
  });
});

test("signing up creates a workspace, then signing out returns to the login page", async ({ page }) => {
  const stamp = Date.now();
  const email = `owner-${stamp}@e2e.test`;
  await page.goto("/login");
  await page.getByRole("link", { name: "Create a workspace" }).click();
  await expect(page).toHaveURL(/\/signup$/);

  // The server's field errors are shown beside the fields.
  await page.getByLabel("Workspace name").fill(`E2E ${stamp}`);
  await page.getByLabel("Your name").fill("Erin Example");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByText(/Password must be at least/)).toBeVisible();

  await page.getByLabel("Password").fill("a-good-passw0rd");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/board$/);
  const sidebar = page.getByRole("complementary", { name: "Sidebar" });
  await expect(sidebar.getByTestId("workspace-name")).toHaveText(`E2E ${stamp}`);
  await expect(sidebar.getByTestId("user-name")).toHaveText("Erin Example");

  await sidebar.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/board");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fboard$/);
});

test("an API key is shown once, works, and stops working once revoked", async ({ page, request }) => {
  await new LoginPage(page).signInAsDemoAdmin();
  await page.goto("/settings/api-keys");
  await expect(page.getByRole("heading", { name: "New API key" })).toBeVisible();

  const name = `E2E key ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create API key" }).click();

  const dialog = page.getByRole("dialog", { name: "Your new API key" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText("This key won't be shown again")).toBeVisible();
  const key = (await dialog.getByTestId("new-api-key").textContent())?.trim() ?? "";
  expect(key).toMatch(/^rpk_[0-9a-f]{60}$/);
  await expect(dialog.getByText(`curl -H "Authorization: Bearer ${key}"`, { exact: false })).toBeVisible();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();

  // Listed by its prefix only: the key itself is gone from the page.
  const row = page.getByTestId("api-key-row").filter({ hasText: name });
  await expect(row).toContainText(key.slice(0, 12));
  await expect(page.getByText(key)).toHaveCount(0);

  const auth = { Authorization: `Bearer ${key}` };
  const ok = await request.get("/api/me", { headers: auth });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).email).toBe(DEMO_ADMIN.email);

  await row.getByRole("button", { name: /Revoke/ }).click();
  const confirm = page.getByRole("dialog", { name: /Revoke/ });
  await expect(confirm).toContainText("stop working immediately");
  await confirm.getByRole("button", { name: "Revoke key" }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toHaveCount(0);

  const revoked = await request.get("/api/me", { headers: auth });
  expect(revoked.status()).toBe(401);
});
