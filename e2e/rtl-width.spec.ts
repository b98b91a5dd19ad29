import { expect, test, type Page } from "@playwright/test";
import { LoginPage } from "./pages/login-page";

const PHONE = { width: 390, height: 844 };

/** The document's width as the browser lays it out (a page wider than the phone scrolls sideways). */
const documentWidth = (page: Page) => page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));

/** What sticks out of the viewport (for the failure message): the first few elements, outermost first. */
const overflowing = (page: Page) =>
  page.evaluate((width) => {
    const out: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>("*")) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.left < -1 || r.right > width + 1)) out.push(`${el.tagName.toLowerCase()}.${String(el.className).slice(0, 80)} [${Math.round(r.left)}, ${Math.round(r.right)}]`);
      if (out.length >= 5) break;
    }
    return out;
  }, PHONE.width);

test.describe("Arabic at a phone's width", () => {
  test("every main page keeps the phone's width; the settings tabs show the current one", async ({ page, browser }) => {
    test.setTimeout(120_000);
    // A colleague of our own, so that the shared demo admin keeps English for the other specs.
    await new LoginPage(page).signInAsDemoAdmin();
    const stamp = Date.now().toString(36);
    const email = `rtl-${stamp}@demo.test`;
    const invited = await page.request.post("/api/users", { data: { email, name: "ريم الحسيني", role: "ADMIN", password: "rtl-password-1" } });
    expect(invited.status(), await invited.text()).toBe(201);
    const firstId = async (url: string) => ((await (await page.request.get(url)).json()).data[0] as { id: string }).id;
    const [dealId, contactId, accountId] = await Promise.all([firstId("/api/deals?limit=1"), firstId("/api/contacts?limit=1"), firstId("/api/accounts?limit=1")]);

    const context = await browser.newContext({ viewport: PHONE });
    const phone = await context.newPage();
    try {
      const login = new LoginPage(phone);
      await login.goto();
      await login.signIn(email, "rtl-password-1");
      await expect(phone).toHaveURL(/\/board/);
      await phone.setViewportSize({ width: 1280, height: 800 });
      await phone.getByTestId("locale-switch").selectOption("ar");
      await expect(phone.locator("html")).toHaveAttribute("dir", "rtl");
      await phone.setViewportSize(PHONE);

      const pages: [string, string][] = [
        ["board", "/board"],
        ["deals", "/deals"],
        ["deal", `/deals/${dealId}`],
        ["contacts", "/contacts"],
        ["contact", `/contacts/${contactId}`],
        ["accounts", "/accounts"],
        ["account", `/accounts/${accountId}`],
        ["tasks", "/tasks"],
        ["tasks-all", "/tasks/all"],
        ["filters", "/filters"],
        ["automations", "/automations"],
        ["settings", "/settings"],
        ["settings-pipelines", "/settings/pipelines"],
        ["settings-users", "/settings/users"],
        ["settings-fields", "/settings/custom-fields"],
        ["settings-labels", "/settings/custom-labels"],
        ["settings-lead-sources", "/settings/lead-sources"],
        ["settings-api-keys", "/settings/api-keys"],
      ];
      const widths: Record<string, number> = {};
      for (const [name, path] of pages) {
        await phone.goto(path);
        await expect(phone.getByRole("heading", { level: 1 }).first()).toBeVisible();
        await phone.waitForLoadState("networkidle");
        widths[name] = await documentWidth(phone);
        if (widths[name] > PHONE.width) console.log(`${name} is ${widths[name]} px wide:`, await overflowing(phone));
        await phone.screenshot({ path: `/tmp/records-ar-390-${name}.png` });
      }
      expect(widths).toEqual(Object.fromEntries(pages.map(([name]) => [name, PHONE.width])));

      // On the board, a card's next task keeps its title (and date) each in its own <bdi> inside the Arabic sentence.
      await phone.goto("/board");
      const nextTask = phone.locator("p").filter({ hasText: "المهمة التالية:" }).first();
      await expect(nextTask).toBeVisible();
      await expect(nextTask.locator("bdi").first()).toBeVisible();

      // A colleague's role select keeps its width in the phone's scrolling table (its choice stays readable).
      await phone.goto("/settings/users");
      const role = phone.getByRole("combobox", { name: /Sophie Martin/ });
      await expect(role).toBeVisible();
      expect((await role.boundingBox())!.width).toBeGreaterThanOrEqual(140);

      // A Latin task title in the Arabic table reads left to right and is cut at its own end: its first letter is
      // inside the cell, not scrolled off (a title wider than the cell on a phone).
      await phone.goto("/tasks/all?sort=-title");
      const title = phone.getByTestId("task-table-row").first().locator("td").nth(2).locator("button").first();
      await expect(title).toBeVisible();
      const firstLetter = await title.evaluate((button) => {
        const span = button.querySelector("span[dir]")!;
        const walker = document.createTreeWalker(span, NodeFilter.SHOW_TEXT);
        const text = walker.nextNode()!;
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, 1);
        const [letter, box] = [range.getBoundingClientRect(), button.getBoundingClientRect()];
        return { dir: span.getAttribute("dir"), inside: letter.left >= box.left - 1 && letter.right <= box.right + 1 };
      });
      expect(firstLetter).toEqual({ dir: "auto", inside: true });

      // The last settings tab is the current one: the tab row has scrolled it into view.
      await phone.goto("/settings/api-keys");
      const current = phone.getByTestId("sub-nav").locator('[aria-current="page"]');
      await expect(current).toBeVisible();
      await expect
        .poll(async () => {
          const box = await current.boundingBox();
          return box !== null && box.x >= 0 && box.x + box.width <= PHONE.width;
        })
        .toBe(true);
    } finally {
      await context.close();
    }
  });
});
