import { expect, type Locator, type Page } from "@playwright/test";

/** The pipeline board: columns by stage name, cards by deal id, and the moves a person makes. */
export class BoardPage {
  constructor(readonly page: Page) {}

  async goto(query = "") {
    await this.page.goto(`/board${query}`);
    await expect(this.page.getByTestId("board")).toBeVisible();
    // Hydrated: the cards' drag listeners are attached (a drag before that would do nothing).
    await expect(this.page.getByTestId("board-view")).toHaveAttribute("data-ready", "true");
  }

  column(stage: string): Locator {
    return this.page.getByTestId("board-column").filter({ has: this.page.getByRole("heading", { name: stage, exact: true }) });
  }

  cards(stage: string): Locator {
    return this.column(stage).getByTestId("deal-card");
  }

  card(id: string): Locator {
    return this.page.locator(`[data-testid="deal-card"][data-deal-id="${id}"]`);
  }

  /** A mouse drag in small steps, as a person does it (dnd-kit starts after a few pixels). */
  async drag(card: Locator, target: Locator) {
    await card.scrollIntoViewIfNeeded();
    const from = (await card.boundingBox())!;
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 8, { steps: 4 });
    const to = (await target.boundingBox())!;
    await this.page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 80), { steps: 20 });
    await this.page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 80) + 4, { steps: 2 });
    await this.page.mouse.up();
  }

  /** The deal's stage as the API reports it (what was persisted). */
  async stageOf(id: string): Promise<string> {
    const res = await this.page.request.get(`/api/deals/${id}`);
    return (await res.json()).data.stage.name as string;
  }
}
