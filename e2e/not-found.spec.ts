import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";

const NIL = "00000000-0000-0000-0000-000000000000";

/** Wrong links to records (malformed, unknown or another workspace's ids) show a not-found state, never an error page. */
test("record pages answer a wrong id with their not-found state", async ({ page }) => {
  await new LoginPage(page).signInAsDemoAdmin();
  const cases = [
    { path: "/deals/not-a-uuid", heading: "Deal not found" },
    { path: `/deals/${NIL}`, heading: "Deal not found" },
    { path: "/automations/not-a-uuid", heading: "Automation not found" },
    { path: `/automations/${NIL}`, heading: "Automation not found" },
    { path: `/contacts/${NIL}`, heading: "Page not found" },
    { path: "/accounts/not-a-uuid", heading: "Page not found" },
  ];
  for (const { path, heading } of cases) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: heading }), path).toBeVisible();
    await expect(page.getByText("Something went wrong")).toHaveCount(0);
  }
  await page.getByRole("link", { name: "Back to your board" }).click();
  await expect(page).toHaveURL(/\/board$/);
});
