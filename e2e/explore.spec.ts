/**
 * Exploring the seeded network: what a user sees on open, search in Arabic (mouse and keyboard only),
 * the details of a leader with dated, quoted meetings, the Arabic right-to-left layout and the table view.
 */
import { expect, test } from "@playwright/test";
import { ASSAD, openApp, openPanel, PUTIN, SISI, snap, visibleNodeIds } from "./support/app.ts";
import { signIn } from "./support/signIn.ts";

test.describe("exploring the seeded network", () => {
  test("on open the network shows the seeded leaders", async ({ page }, testInfo) => {
    await openApp(page);
    const ids = await visibleNodeIds(page);
    expect(ids).toEqual(expect.arrayContaining([PUTIN, SISI, ASSAD]));
    const canvas = page.getByTestId("graph-canvas");
    expect(Number(await canvas.getAttribute("data-node-count"))).toBe(ids.length);
    expect(Number(await canvas.getAttribute("data-edge-count"))).toBeGreaterThan(0);
    await expect(page.getByTestId("legend-kind-Person")).toBeVisible();
    await snap(page, testInfo, "01-network");
  });

  test("searching بوتين lists his meetings with Sisi, with dates and quotes", async ({ page }, testInfo) => {
    await openApp(page);
    await page.getByTestId("search-input").fill("بوتين");
    const option = page
      .getByTestId("search-option")
      .filter({ hasText: /Putin|بوتين/ })
      .first();
    await option.click();
    const details = page.getByTestId("node-details");
    await expect(details).toContainText("Vladimir Putin");
    await expect(details).toContainText("بوتين");
    const withSisi = details.getByTestId("node-event").filter({ hasText: /Sisi|السيسي/ });
    expect(await withSisi.count()).toBeGreaterThanOrEqual(2);
    await expect(withSisi.first()).toContainText(/\d{4}-\d{2}-\d{2}/);
    const quotes = details.getByTestId("evidence-quote");
    expect(await quotes.count()).toBeGreaterThan(0);
    await expect(quotes.first()).toContainText(/[\u0600-\u06FF]{3,}/);
    expect(new URL(page.url()).searchParams.get("sel")).toBe(PUTIN);
    await snap(page, testInfo, "02-details-putin");
  });

  test("search works with the keyboard only", async ({ page }) => {
    await openApp(page);
    const input = page.getByTestId("search-input");
    for (let i = 0; i < 30 && !(await input.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(input).toBeFocused();
    await page.keyboard.type("Sisi");
    await expect(page.getByTestId("search-option").first()).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("node-details")).toContainText(/Sisi/);
    expect(new URL(page.url()).searchParams.get("sel")).toBe(SISI);
  });

  test("switching to Arabic lays the page out right to left", async ({ page }, testInfo) => {
    await openApp(page);
    await page.getByTestId("lang-toggle").click();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.getByTestId("panel-tab-timeline")).toContainText(/[\u0600-\u06FF]/);
    await snap(page, testInfo, "03-arabic-rtl");
  });

  test("the table view lists the visible nodes", async ({ page }, testInfo) => {
    await openApp(page);
    const count = (await visibleNodeIds(page)).length;
    await openPanel(page, "table");
    const table = page.getByTestId("table-view");
    await expect(table).toContainText("Vladimir Putin");
    await expect(table).toContainText("Bashar al-Assad");
    expect(await table.getByRole("row").count()).toBeGreaterThanOrEqual(Math.min(count, 10));
    await snap(page, testInfo, "04-table");
  });

  test("analysis ranks leaders and colours people by community", async ({ page }, testInfo) => {
    await openApp(page);
    await openPanel(page, "analysis");
    const panel = page.getByTestId("analysis-panel");
    const top = panel.getByTestId("top-connected").locator("li");
    await expect(top.first()).toHaveAttribute("data-node-id", PUTIN);
    expect(await panel.getByTestId("brokers").locator("li").count()).toBeGreaterThan(0);
    await panel.getByTestId("color-by").selectOption("community");
    await expect
      .poll(() => page.evaluate((id) => window.__cy?.$id(id).data("color") ?? null, PUTIN))
      .toMatch(/^#|^rgb|^hsl/);
    await snap(page, testInfo, "11-analysis");
    await top.first().getByRole("button").click();
    expect(new URL(page.url()).searchParams.get("sel")).toBe(PUTIN);
  });

  test("in Arabic the feature panels are translated and right to left", async ({ page }, testInfo) => {
    await openApp(page, "lang=ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    // The Add article panel is for editors: sign in (through the Arabic form) to see it.
    await signIn(page);
    for (const panel of ["timeline", "path", "analysis", "ingest"]) {
      await openPanel(page, panel);
      const heading = page.getByRole("heading", { level: 2 }).filter({ hasText: /[\u0600-\u06FF]/ });
      await expect(heading.first()).toBeVisible();
      await snap(page, testInfo, `12-ar-${panel}`);
    }
    await expect(page.getByTestId("time-range")).toContainText("النطاق الزمني");
  });
});
