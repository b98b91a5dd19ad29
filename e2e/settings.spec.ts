import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { PipelineSettingsPage } from "./pages/settings-page";

test.describe("settings", () => {
  test("add a stage, reorder it with the keyboard, refuse to delete a stage in use", async ({ page }) => {
    // Tall enough for the whole pipeline card: near the viewport's edge dnd-kit's keyboard sensor scrolls the
    // page instead of moving the stage, which made the arrow presses depend on where the page happened to be.
    await page.setViewportSize({ width: 1280, height: 1400 });
    await new LoginPage(page).signInAsDemoAdmin();
    const settings = new PipelineSettingsPage(page);
    await settings.goto();
    const { data } = await (await page.request.get("/api/pipelines")).json();
    const sales = data.find((p: { isDefault: boolean }) => p.isDefault);
    const card = settings.card(sales.name);

    await card.getByRole("button", { name: "Add stage" }).click();
    const dialog = page.getByRole("dialog", { name: "New stage" });
    await dialog.getByLabel("Name").fill("Demo booked");
    await dialog.getByLabel("Probability (%)").fill("35");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => settings.stageNames(sales.name)).toContain("Demo booked");
    const before = await settings.stageNames(sales.name);
    expect(before.at(-1)).toBe("Demo booked");

    // Keyboard drag: pick up, move up twice, drop.
    const handle = card.getByRole("button", { name: "Reorder Demo booked" });
    await handle.focus();
    await page.keyboard.press("Space");
    // dnd-kit's keyboard sensor listens for the arrows only once the drag has started.
    await expect(card.locator('[data-testid="stage-row"][data-dragging="true"]').filter({ hasText: "Demo booked" })).toHaveCount(1);
    // Each arrow moves over the next stage once dnd-kit has measured the last move: wait for its live region to
    // announce the stage the row is over before the next key (pressed at once, two arrows could count as one).
    const over = (name: string) => page.locator('[id^="DndLiveRegion"]').filter({ hasText: sales.stages.find((s: { name: string }) => s.name === name).id });
    await page.keyboard.press("ArrowUp");
    await expect(over(before.at(-2)!)).toHaveCount(1);
    await page.keyboard.press("ArrowUp");
    await expect(over(before.at(-3)!)).toHaveCount(1);
    await page.keyboard.press("Space");
    const expected = [...before.slice(0, -3), "Demo booked", ...before.slice(-3, -1)];
    await expect.poll(() => settings.stageNames(sales.name)).toEqual(expected);
    await expect
      .poll(async () => (await (await page.request.get(`/api/pipelines/${sales.id}`)).json()).data.stages.map((s: { name: string }) => s.name))
      .toEqual(expected);
    await page.reload();
    await expect.poll(() => settings.stageNames(sales.name)).toEqual(expected);
    await page.screenshot({ path: "/tmp/settings-pipelines.png", fullPage: true });

    // A stage holding deals is not deleted, and the dialog says why.
    const busy = sales.stages.find((s: { dealCount: number }) => s.dealCount > 0);
    expect(busy).toBeTruthy();
    await card.getByRole("button", { name: `Delete ${busy.name}` }).click();
    const confirm = page.getByRole("dialog", { name: `Delete the stage “${busy.name}”?` });
    await confirm.getByRole("button", { name: "Delete" }).click();
    await expect(confirm.getByRole("alert")).toContainText(/still holds \d+ deals?/);
    await page.screenshot({ path: "/tmp/settings-stage-refused.png" });
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(card.getByText(busy.name, { exact: true })).toBeVisible();
  });

  test("invite a user, who then signs in with the temporary password", async ({ page, browser }) => {
    await new LoginPage(page).signInAsDemoAdmin();
    await page.goto("/settings/users");
    await page.getByRole("button", { name: "Invite a user" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Invite a user" });
    const email = `invitee-${Date.now()}@demo.test`;
    await dialog.getByLabel("Email").fill(email);
    await dialog.getByLabel("Name").fill("Inès Invitée");
    await dialog.getByLabel("Role").selectOption("MANAGER");
    await dialog.getByRole("button", { name: "Invite a user" }).click();
    const password = (await page.getByTestId("temporary-password").textContent())!.trim();
    expect(password.length).toBeGreaterThanOrEqual(12);
    await page.screenshot({ path: "/tmp/settings-invite.png" });
    await page.getByRole("button", { name: "Done" }).click();
    await expect(page.getByTestId("user-row").filter({ hasText: email })).toBeVisible();
    await page.screenshot({ path: "/tmp/settings-users.png", fullPage: true });

    const context = await browser.newContext();
    const other = await context.newPage();
    const login = new LoginPage(other);
    await login.goto();
    await login.signIn(email, password);
    // A temporary password must be replaced before anything else.
    await expect(other).toHaveURL(/\/change-password$/);
    expect((await other.request.get("/api/me")).status()).toBe(403);
    await other.getByLabel("Current (temporary) password").fill(password);
    await other.getByLabel("New password", { exact: true }).fill("Ines-own-pass-2024");
    await other.getByLabel("Repeat the new password").fill("Ines-own-pass-2024");
    await other.getByRole("button", { name: "Save and continue" }).click();
    await expect(other).toHaveURL(/\/board$/);
    const me = await (await other.request.get("/api/me")).json();
    expect(me).toMatchObject({ email, role: "MANAGER" });
    // The invitee's pages in Arabic (right to left), also at a phone's width.
    await other.goto("/settings/pipelines");
    await other.getByTestId("locale-switch").selectOption("ar");
    await expect(other.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(other.getByRole("heading", { name: "المسارات والمراحل" })).toBeVisible();
    await other.screenshot({ path: "/tmp/settings-pipelines-ar.png", fullPage: true });
    await other.setViewportSize({ width: 390, height: 844 });
    await other.goto("/settings/users");
    await other.screenshot({ path: "/tmp/settings-users-ar-narrow.png", fullPage: true });
    await context.close();
  });

  test("edit a custom field and manage lead sources; every settings page and the auth pages in Arabic at phone width", async ({ page, browser }) => {
    await new LoginPage(page).signInAsDemoAdmin();
    await page.goto("/settings/custom-fields");
    const form = page.getByRole("form", { name: "New field" });
    await form.getByLabel("Label").fill("Tier");
    await form.getByLabel("Type").selectOption("select");
    await form.getByLabel("Choices (one per line)").fill("Gold\nSilver");
    await form.getByRole("button", { name: "New field" }).click();
    const row = page.getByTestId("custom-field-row").filter({ hasText: "Tier" });
    await expect(row).toBeVisible();
    await row.getByRole("button", { name: "Edit Tier" }).click();
    const dialog = page.getByRole("dialog", { name: "Edit “Tier”" });
    await dialog.getByLabel("Label").fill("Customer tier");
    await dialog.getByRole("textbox", { name: "Choice 1" }).fill("Gold+");
    await dialog.getByRole("button", { name: "Add a choice" }).click();
    await dialog.getByRole("textbox", { name: "Choice 3" }).fill("Bronze");
    await dialog.getByLabel("Required").check();
    await page.screenshot({ path: "/tmp/settings-field-edit.png" });
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("custom-field-row").filter({ hasText: "Customer tier" })).toContainText("Gold+, Silver, Bronze");

    await page.goto("/settings/lead-sources");
    await page.getByRole("form", { name: "New lead source" }).getByLabel("Name").fill("Spring webinar");
    await page.getByRole("button", { name: "Add" }).click();
    const source = page.getByTestId("dictionary-row").filter({ hasText: "Spring webinar" });
    await expect(source).toBeVisible();
    await source.getByRole("button", { name: "Rename Spring webinar" }).click();
    await page.getByRole("dialog").getByRole("textbox", { name: "Name" }).fill("Summer webinar");
    await page.getByRole("dialog").getByRole("button", { name: "Save" }).click();
    await expect(page.getByTestId("dictionary-row").filter({ hasText: "Summer webinar" })).toBeVisible();

    await page.getByTestId("locale-switch").selectOption("ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await page.setViewportSize({ width: 390, height: 844 });
    for (const section of ["", "/pipelines", "/users", "/custom-fields", "/custom-labels", "/franchises", "/departments", "/lead-sources", "/api-keys"]) {
      await page.goto(`/settings${section}`);
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      await page.screenshot({ path: `/tmp/settings-ar-390${section.replace("/", "-") || "-index"}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByTestId("locale-switch").selectOption("en");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");

    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const visitor = await context.newPage();
    await visitor.goto("/login");
    await visitor.getByTestId("locale-switch").selectOption("ar");
    await expect(visitor.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(visitor.getByRole("button", { name: "تسجيل الدخول" })).toBeVisible();
    await visitor.getByRole("button", { name: "تسجيل الدخول" }).click();
    await expect(visitor.getByText("البريد الإلكتروني أو كلمة المرور غير صحيحة", { exact: false })).toBeVisible();
    await visitor.screenshot({ path: "/tmp/settings-ar-390-login.png", fullPage: true });
    await visitor.goto("/signup");
    await visitor.screenshot({ path: "/tmp/settings-ar-390-signup.png", fullPage: true });
    await context.close();
  });
});
