/**
 * Fixes found trying the app (issue 14): undo from anywhere, a normal wheel rate, pins that show and
 * come off, GraphML/GEXF and spreadsheet-ready CSV downloads, and no canvas internals on `window`.
 */
import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { expectNodeDrawn, openApp, PUTIN, SISI } from "./support/app.ts";

const zoomOf = (page: Page) => page.evaluate(() => window.__cy!.zoom());

test.describe("fixes found trying the app", () => {
  test("the production build keeps the Cytoscape instance off window", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true", { timeout: 30_000 });
    expect(await page.evaluate(() => "__cy" in window)).toBe(false);
  });

  test("three wheel notches zoom in visibly", async ({ page }) => {
    await openApp(page);
    const canvas = page.getByTestId("graph-canvas");
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const before = await zoomOf(page);
    for (let i = 0; i < 3; i++) {
      await page.mouse.wheel(0, -100);
      await page.waitForTimeout(50);
    }
    await expect.poll(async () => (await zoomOf(page)) / before).toBeGreaterThan(1.1);
  });

  test("Ctrl+Z undoes Hide with focus still on the Hide button", async ({ page }) => {
    await openApp(page, `sel=${encodeURIComponent(PUTIN)}`);
    await page.getByTestId("hide-button").click();
    await expectNodeDrawn(page, PUTIN, false);
    await page.keyboard.press("Control+z");
    await expectNodeDrawn(page, PUTIN, true);
  });

  test("a pinned node wears a pin and can be unpinned", async ({ page }) => {
    await openApp(page, `sel=${encodeURIComponent(PUTIN)}&pins=${encodeURIComponent(`${PUTIN}~40~60`)}`);
    const pinned = () => page.evaluate((id) => window.__cy!.$id(id).hasClass("pinned"), PUTIN);
    await expect.poll(pinned).toBe(true);
    await page.getByTestId("unpin-button").click();
    await expect.poll(pinned).toBe(false);
    await expect(page.getByTestId("unpin-button")).toHaveCount(0);
    expect(new URL(page.url()).searchParams.get("pins")).toBeNull();
  });

  test("GraphML and GEXF download from the toolbar, for the current filters", async ({ page }) => {
    await openApp(page, "v=people");
    for (const [id, root] of [
      ["export-graphml", "<graphml"],
      ["export-gexf", "<gexf"],
    ] as const) {
      const download = page.waitForEvent("download");
      await page.getByTestId(id).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/people/);
      const text = await readFile((await file.path())!, "utf8");
      expect(text).toContain(root);
      expect(text).toContain(PUTIN);
    }
  });

  test("CSV starts with a byte-order mark and ends lines with CRLF, so spreadsheets read Arabic", async ({
    page,
  }) => {
    await openApp(page);
    const download = page.waitForEvent("download");
    await page.getByTestId("export-csv").click();
    const bytes = await readFile((await (await download).path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text).toMatch(/^\uFEFFid,kind,name_ar/);
    expect(text.split("\r\n").length).toBeGreaterThan(3);
    expect(text.replaceAll("\r\n", "")).not.toContain("\n");
  });

  test("exploring never hands Cytoscape an edge to a node it does not draw", async ({ page }) => {
    const warnings: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "warning" || m.type() === "error") warnings.push(m.text());
    });
    await openApp(page, `sel=${encodeURIComponent(PUTIN)}`);
    await page.getByTestId("expand-button").click();
    await page.getByTestId("hide-button").click();
    await expectNodeDrawn(page, PUTIN, false);
    await page.keyboard.press("Control+z");
    await expectNodeDrawn(page, PUTIN, true);
    await page.getByTestId("legend-kind-Country").click();
    await page.getByTestId("show-isolated").click();
    await page.getByTestId("time-from").fill("2018-01-01");
    await page.getByTestId("view-toggle").click();
    await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
    await page.getByTestId("legend-tie-SPOKE_WITH").click();
    await page.getByTestId("time-from").fill("");
    await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
    expect(warnings.filter((w) => /invalid endpoints|can not create edge|nonexistant/i.test(w))).toEqual([]);
  });

  test("a tie in the people view opens with a real click on its line, with dates and events", async ({
    page,
  }) => {
    await openApp(page, "v=people");
    // The middle of the Putin–Sisi line, on the line itself: a met tie beside a spoke tie is drawn
    // curved, so a point on the straight segment between the two nodes can miss it.
    const at = await page.evaluate(
      ([a, b]) => {
        const cy = window.__cy!;
        const edge = cy.$id(a!).edgesWith(cy.$id(b!)).filter('[kind = "MET"]')[0]!;
        const mid = edge.renderedMidpoint();
        const box = cy.container()!.getBoundingClientRect();
        return { x: box.left + mid.x, y: box.top + mid.y };
      },
      [PUTIN, SISI],
    );
    await page.mouse.click(at.x, at.y);
    const details = page.getByTestId("tie-details");
    await expect(details.getByTestId("tie-counts")).toContainText("met 2 times");
    await expect(details.getByTestId("tie-MET")).toContainText(/\d{4}-\d{2}-\d{2}/);
    expect(await details.getByTestId("tie-event").count()).toBeGreaterThan(0);
  });

  test("in Arabic an office's dates read year first, left to right, not 07-05-2000", async ({ page }) => {
    await openApp(page, `lang=ar&sel=${encodeURIComponent(PUTIN)}`);
    const terms = page.getByTestId("office-terms").first();
    await expect(terms).toContainText(/\d{4}-\d{2}-\d{2}/);
    const order = await terms.evaluate((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.search(/\d{4}-\d{2}-\d{2}/);
        if (at < 0) continue;
        const rectOf = (from: number, to: number) => {
          const range = document.createRange();
          range.setStart(node!, from);
          range.setEnd(node!, to);
          return range.getBoundingClientRect().left;
        };
        return { year: rectOf(at, at + 4), day: rectOf(at + 8, at + 10) };
      }
      return null;
    });
    expect(order).not.toBeNull();
    expect(order!.year).toBeLessThan(order!.day);
  });
});
