import { expect, type Locator, type Page } from "@playwright/test";

/** The contact and account lists and record pages. */
export class RecordsPage {
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole("searchbox", { name: "Search" });
  }

  rows(kind: "contact" | "account"): Locator {
    return this.page.getByTestId(`${kind}-row`);
  }

  /** The field shown in the record page's details, as a button that turns into an input. */
  field(label: string): Locator {
    return this.page.getByRole("button", { name: `Edit ${label}` });
  }

  async editField(label: string, value: string) {
    await this.field(label).click();
    const input = this.page.getByRole("textbox", { name: label, exact: true });
    await input.fill(value);
    await input.press("Enter");
  }

  timeline(): Locator {
    return this.page.getByRole("region", { name: "Activity" });
  }

  async openPalette() {
    await this.page.keyboard.press("Control+k");
    const box = this.page.getByRole("combobox", { name: "Search contacts, accounts and deals" });
    await expect(box).toBeVisible();
    return box;
  }
}
