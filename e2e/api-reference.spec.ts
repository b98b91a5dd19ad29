import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";

test("the API reference lists every endpoint, searches and expands one, in English and in Arabic", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAsDemoAdmin();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API reference" }).click();
  await expect(page).toHaveURL(/\/developers$/);
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  const doc = await (await page.request.get("/api/openapi.json")).json();
  const total = Object.values(doc.paths as Record<string, object>).reduce((n, p) => n + Object.keys(p).length, 0);
  await expect(page.getByTestId("api-count")).toHaveText(`${total} endpoints`);
  await expect(page.getByTestId("api-operation")).toHaveCount(total);
  await expect(page.getByRole("link", { name: "Download openapi.json" })).toHaveAttribute("href", "/api/openapi.json");

  await page.getByRole("searchbox", { name: "Search endpoints" }).fill("attach-contacts");
  await expect(page.getByTestId("api-operation")).toHaveCount(1);
  await expect(page.getByTestId("api-count")).toHaveText(`1 of ${total} endpoints match`);
  await page.getByLabel("Show details of POST /api/deals/{id}/attach-contacts").click();
  const op = page.getByTestId("api-operation").first();
  await expect(op.getByRole("heading", { name: "Request body" })).toBeVisible();
  await expect(op.getByRole("row", { name: /^contact_ids\s*required\s*array<string>/ })).toBeVisible();
  await expect(op.getByRole("heading", { name: "Responses" })).toBeVisible();
  await expect(op.getByLabel("Example: POST /api/deals/{id}/attach-contacts")).toContainText('"contact_ids":["<contact uuid>"]');
  await page.screenshot({ path: "/tmp/query-api-reference.png", fullPage: true });

  await page.getByRole("searchbox", { name: "Search endpoints" }).fill("no such endpoint");
  await expect(page.getByText("No endpoint matches “no such endpoint”.")).toBeVisible();

  await page.getByTestId("locale-switch").selectOption("ar");
  try {
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/developers");
    await expect(page.getByRole("heading", { level: 1, name: "مرجع واجهة البرمجة" })).toBeVisible();
    await page.getByRole("searchbox").fill("post deals");
    await page.getByTestId("api-operation").first().locator("summary").click();
    await expect(page.getByRole("heading", { name: "جسم الطلب" }).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: "/tmp/query-api-reference-ar-390.png", fullPage: true });
  } finally {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.getByTestId("locale-switch").selectOption("en");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  }
});
