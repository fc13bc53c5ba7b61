/**
 * A newsroom-sized graph (generated, served in place of /api/graph): the canvas opens on an overview
 * with folded clusters, drills into one, draws everything on request; the force layout runs in a worker
 * with progress and a cancel while the page keeps answering input.
 */
import { expect, type Page, test } from "@playwright/test";
import { generateGraph } from "../web/bench/generateGraph.ts";
import { visibleNodeIds } from "./support/app.ts";

async function serveGraph(page: Page, elements: number) {
  const payload = generateGraph(elements);
  await page.route(/\/api\/graph\?/, (route) => route.fulfill({ json: payload }));
  return payload;
}

const canvas = (page: Page) => page.getByTestId("graph-canvas");

async function openReady(page: Page, query = "") {
  await page.goto(`/${query}`);
  await expect(canvas(page)).toHaveAttribute("data-ready", "true", { timeout: 45_000 });
}

test.describe("a large graph", () => {
  test.setTimeout(180_000);
  test("opens on an overview, drills into a cluster, and draws everything on request", async ({ page }) => {
    const payload = await serveGraph(page, 5000);
    await openReady(page);
    await expect(canvas(page)).toHaveAttribute("data-overview", "true");
    const summary = page.getByTestId("overview-summary");
    await expect(summary).toContainText(`of ${payload.nodes.length.toLocaleString("en")} nodes`);
    const hidden = Number(await page.getByTestId("overview-bar").getAttribute("data-hidden"));
    expect(hidden).toBeGreaterThan(0);
    const before = await visibleNodeIds(page);
    expect(before.length).toBeLessThan(payload.nodes.length);
    expect(before.some((id) => id.startsWith("cluster:"))).toBe(true);

    const expand = page.getByTestId("overview-expand").first();
    const cluster = (await expand.getAttribute("data-cluster"))!;
    expect(before).toContain(cluster);
    await expand.click();
    await expect.poll(() => new URL(page.url()).searchParams.get("clu")).toBe(cluster);
    await expect.poll(async () => (await visibleNodeIds(page)).includes(cluster)).toBe(false);
    const opened = await visibleNodeIds(page);
    // The cluster's top member (named in its id) is drawn in its place, with the rest of its members.
    expect(opened).toContain(cluster.slice("cluster:".length));
    expect(opened.length).toBeGreaterThan(before.length);
    const hiddenAfter = Number(await page.getByTestId("overview-bar").getAttribute("data-hidden"));
    expect(hiddenAfter).toBeLessThan(hidden);

    // The link reopens the same drill-in.
    await openReady(page, `?${new URL(page.url()).searchParams.toString()}`);
    expect((await visibleNodeIds(page)).sort()).toEqual([...opened].sort());

    await page.getByTestId("overview-all").click();
    await expect(canvas(page)).toHaveAttribute("data-overview", "false");
    await expect(canvas(page)).toHaveAttribute("data-node-count", String(payload.nodes.length));
    expect(new URL(page.url()).searchParams.get("ov")).toBe("0");
    await page.getByTestId("overview-back").click();
    await expect(canvas(page)).toHaveAttribute("data-overview", "true");
  });

  test("the force layout runs in a worker: progress, input answered meanwhile, cancel", async ({ page }) => {
    await serveGraph(page, 10000);
    await page.goto("/?ov=0");
    const progress = page.getByTestId("layout-progress");
    await expect(progress).toBeVisible({ timeout: 60_000 });
    await expect(canvas(page)).toHaveAttribute("data-ready", "false");
    // In the page, without round trips: once a first batch is drawn, the canvas answers the keyboard
    // (stepping selects the most connected node, the link follows) while the worker goes on; then the
    // cancel button stops the run before its end and the canvas reports ready.
    const seen = await page.evaluate(async () => {
      const bar = () => document.querySelector('[data-testid="layout-progress"]');
      const done = () => Number(bar()?.getAttribute("data-done") ?? -1);
      while (done() === 0) await new Promise((r) => setTimeout(r, 20));
      const before = done();
      const box = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement;
      box.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
      const state = {
        before,
        total: Number(bar()?.getAttribute("data-total") ?? -1),
        selected: new URL(location.href).searchParams.get("sel"),
        running: bar() !== null,
      };
      // Stop it there (a click in the page: Playwright's own waits for two still frames, which a
      // canvas redrawing a big graph rarely gives).
      (document.querySelector('[data-testid="layout-cancel"]') as HTMLButtonElement).click();
      return state;
    });
    expect(seen.before).toBeGreaterThan(0);
    expect(seen.before).toBeLessThan(seen.total);
    expect(seen.selected).not.toBeNull();
    expect(seen.running).toBe(true);
    await expect(progress).toBeHidden();
    await expect(canvas(page)).toHaveAttribute("data-ready", "true");
  });

  test("a timeline of 2,000 events draws only the rows in view; the keyboard still reaches the last", async ({
    page,
  }) => {
    const person = (i: number) => ({
      id: `person:p${i}`,
      kind: "Person",
      name: { ar: `شخص ${i}`, en: `P${i}` },
    });
    const events = Array.from({ length: 2000 }, (_, i) => ({
      event: {
        id: `event:e${String(i).padStart(4, "0")}`,
        kind: "Event",
        name: { ar: `حدث ${i}`, en: `E${i}` },
        eventType: "Meeting",
        date: `20${String(10 + Math.floor(i / 336)).padStart(2, "0")}-${String((Math.floor(i / 28) % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
      },
      role: null,
      participantConfidence: {},
      participants: [person(i), person(i + 1)],
      place: null,
      topics: [],
      articles: [],
      evidence: [],
    }));
    await page.route(/\/api\/timeline\?/, (route) => route.fulfill({ json: { events, truncated: false } }));
    await openReady(page, "?panel=timeline");
    const rows = page.getByTestId("timeline-event");
    await expect(rows.first()).toHaveAttribute("aria-setsize", "2000");
    const drawn = await rows.count();
    expect(drawn).toBeLessThan(100);
    await rows.first().getByRole("button").focus();
    await page.keyboard.press("End");
    const focused = page.locator("li:focus-within");
    await expect(focused).toHaveAttribute("aria-posinset", "2000");
    await expect(focused).toHaveAttribute("data-event-id", "event:e1999");
    await page.keyboard.press("ArrowUp");
    await expect(page.locator("li:focus-within")).toHaveAttribute("aria-posinset", "1999");
    expect(await rows.count()).toBeLessThan(100);
  });
});
