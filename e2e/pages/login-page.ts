import { expect, type Locator, type Page } from "@playwright/test";

export const DEMO_ADMIN = { email: "admin@demo.test", password: "demo-password", tenant: "Demo" };

/** The sign-in page. */
export class LoginPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.email = page.getByLabel("Email");
    this.password = page.getByLabel("Password");
    this.submit = page.getByRole("button", { name: "Sign in" });
  }

  async goto(callbackUrl?: string) {
    await this.page.goto(callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login");
    await expect(this.submit).toBeVisible();
  }

  async signIn(email: string, password: string) {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  /** Signs in as the demo admin and waits for the board. */
  async signInAsDemoAdmin() {
    await this.goto();
    await this.signIn(DEMO_ADMIN.email, DEMO_ADMIN.password);
    await expect(this.page).toHaveURL(/\/board$/);
  }

  /** The form's error message (filtered by text: Next's route announcer is an alert too). */
  error(text: RegExp | string): Locator {
    return this.page.getByRole("alert").filter({ hasText: text });
  }
}
