/** Connections and time: the path finder between two leaders, the timeline and the date-range filter. */
import { expect, test } from "@playwright/test";
import { ASSAD, eventIdOn, expectNodeDrawn, openApp, openPanel, PUTIN, snap } from "./support/app.ts";

test.describe("connections and time", () => {
  test("the path from Netanyahu to Assad shows its steps with evidence", async ({ page }, testInfo) => {
    await openApp(page);
    await openPanel(page, "path");
    await page.getByTestId("path-from").fill("Netanyahu");
    await page
      .getByTestId("path-from-option")
      .filter({ hasText: /Netanyahu/ })
      .first()
      .click();
    await page.getByTestId("path-to").fill("الأسد");
    await page
      .getByTestId("path-to-option")
      .filter({ hasText: /Assad|الأسد/ })
      .first()
      .click();
    await page.getByTestId("path-submit").click();
    const result = page.getByTestId("path-result");
    await expect(result).toBeVisible();
    const steps = result.getByTestId("path-step");
    expect(await steps.count()).toBeGreaterThanOrEqual(2);
    await expect(steps.first()).toContainText("Netanyahu");
    await expect(result).toContainText("Bashar al-Assad");
    await expect(result.locator("blockquote").first()).toContainText(/[\u0600-\u06FF]{3,}/);
    await snap(page, testInfo, "05-path");
  });

  test("a time range ending 2020-12-31 hides the Moscow 2021 summit", async ({ page, request }, testInfo) => {
    const summit = await eventIdOn(request, PUTIN, ASSAD, "2021-09-14");
    await openApp(page);
    await expectNodeDrawn(page, summit, true);
    await page.getByTestId("time-to").fill("2020-12-31");
    await expectNodeDrawn(page, summit, false);
    await expectNodeDrawn(page, PUTIN, true);
    expect(new URL(page.url()).searchParams.get("to")).toBe("2020-12-31");
    await snap(page, testInfo, "06-time-range");
  });

  test("the timeline lists events in date order and selects on click", async ({ page }, testInfo) => {
    await openApp(page);
    await openPanel(page, "timeline");
    const rows = page.getByTestId("timeline").getByTestId("timeline-event");
    await expect(rows.first()).toBeVisible();
    const dates = await rows.locator("time").allTextContents();
    const dated = dates.filter((d) => /^\d{4}/.test(d));
    expect(dated.length).toBeGreaterThanOrEqual(3);
    expect(dated).toEqual([...dated].sort());
    // Hovering a row emphasises that event on the canvas.
    const first = rows.first();
    const eventId = (await first.getAttribute("data-event-id"))!;
    await first.getByRole("button").hover();
    await expect
      .poll(() => page.evaluate((id) => window.__cy?.$id(id).hasClass("highlighted") ?? false, eventId))
      .toBe(true);
    await snap(page, testInfo, "07-timeline");
    await first.getByRole("button").click();
    expect(new URL(page.url()).searchParams.get("sel")).toBe(eventId);
  });
});
