import { expect, type Locator, type Page } from "@playwright/test";

/** Settings → Pipelines: the default pipeline's card and its stage rows. */
export class PipelineSettingsPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/settings/pipelines");
    await expect(this.page.getByRole("heading", { name: "Pipelines & stages" })).toBeVisible();
  }

  card(name: string): Locator {
    return this.page.getByTestId("pipeline-card").filter({ hasText: name }).first();
  }

  async stageNames(pipeline: string): Promise<string[]> {
    return this.card(pipeline).getByTestId("stage-row").locator("span.truncate.font-medium").allTextContents();
  }
}
