/** Sharing and exporting: a link reopens the same view; the picture downloads as a real PNG. */
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNodeDrawn, openApp, PUTIN, snap, visibleNodeIds } from "./support/app.ts";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test.describe("share and export", () => {
  test("a shared link reopens the same view", async ({ page, browser }, testInfo) => {
    await openApp(page);
    // Switching views clears the selection (an event is not drawn in the people view), so switch first.
    await page.getByTestId("view-toggle").click();
    await page.getByTestId("search-input").fill("Putin");
    await page.getByTestId("search-option").filter({ hasText: /Putin/ }).first().click();
    await expect(page.getByTestId("node-details")).toContainText("Vladimir Putin");
    await page.getByTestId("time-from").fill("2017-01-01");
    await page.getByTestId("time-to").fill("2020-12-31");
    await page.getByTestId("lang-toggle").click();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await page.getByTestId("share-button").click();
    const link = page.url();
    const params = new URL(link).searchParams;
    expect(params.get("sel")).toBe(PUTIN);
    expect(params.get("v")).toBe("people");

    const other = await browser.newPage();
    await openApp(other, new URL(link).search);
    await expect(other.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(other.getByTestId("node-details")).toContainText("بوتين");
    await expect(other.getByTestId("time-from")).toHaveValue("2017-01-01");
    await expect(other.getByTestId("time-to")).toHaveValue("2020-12-31");
    await expectNodeDrawn(other, PUTIN, true);
    // The who-met-whom view draws people only, no event nodes.
    expect((await visibleNodeIds(other)).filter((id) => id.startsWith("event:"))).toEqual([]);
    await snap(other, testInfo, "08-shared-view");
    await other.close();
  });

  test("export PNG downloads a valid PNG image", async ({ page }) => {
    await openApp(page);
    const download = page.waitForEvent("download");
    await page.getByTestId("export-png").click();
    const file = await (await download).path();
    const bytes = await readFile(file);
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // IHDR: width and height (big-endian) right after the chunk header.
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(100);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(100);
  });

  test("a shared link reopens the same picture: every node where it was", async ({ page, browser }) => {
    const positions = (p: typeof page) =>
      p.evaluate(() =>
        Object.fromEntries(
          window
            .__cy!.nodes()
            .map((n) => [n.id(), [Math.round(n.position("x")), Math.round(n.position("y"))]]),
        ),
      );
    await openApp(page, "v=people");
    const first = await positions(page);
    expect(Object.keys(first).length).toBeGreaterThan(3);
    const other = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openApp(other, new URL(page.url()).search);
    expect(await positions(other)).toEqual(first);
    await other.close();
  });
});
