/** Shared steps of the journeys: open the app, read what the canvas shows, save screenshots. */
import { mkdirSync } from "node:fs";
import { type APIRequestContext, expect, type Page, type TestInfo } from "@playwright/test";
import type { TimelinePayload } from "../../model/api.ts";

export const PUTIN = "person:vladimir-putin";
export const SISI = "person:abdel-fattah-el-sisi";
export const ASSAD = "person:bashar-al-assad";
export const NETANYAHU = "person:benjamin-netanyahu";

/** Opens the app (optionally with a view query string) and waits until the network is laid out. */
export async function openApp(page: Page, query = ""): Promise<void> {
  await exposeCanvas(page);
  await page.goto(`/${query ? `?${query.replace(/^\?/, "")}` : ""}`);
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true", { timeout: 30_000 });
}

/** The built app keeps its Cytoscape instance private unless asked before it loads (cyStore.ts). */
export async function exposeCanvas(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__exposeCy = true;
  });
}

/** The node ids the canvas currently draws. */
export async function visibleNodeIds(page: Page): Promise<string[]> {
  const raw = await page.getByTestId("graph-canvas").getAttribute("data-node-ids");
  return (raw ?? "").split(" ").filter(Boolean);
}

/** Waits until the canvas (after filtering and re-layout) does or does not draw a node. */
export async function expectNodeDrawn(page: Page, id: string, drawn = true): Promise<void> {
  await expect
    .poll(async () => (await visibleNodeIds(page)).includes(id), { message: `${id} drawn = ${drawn}` })
    .toBe(drawn);
}

export async function openPanel(page: Page, panel: string): Promise<void> {
  await page.getByTestId(`panel-tab-${panel}`).click();
}

export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  mkdirSync("test-results/screenshots", { recursive: true });
  const body = await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: false });
  await testInfo.attach(name, { body, contentType: "image/png" });
}

/** The id of the event both people took part in on a day, from the API the app itself uses. */
export async function eventIdOn(
  request: APIRequestContext,
  a: string,
  b: string,
  day: string,
): Promise<string> {
  const res = await request.get(`/api/timeline?participant=${encodeURIComponent(a)}`);
  expect(res.ok()).toBe(true);
  const { events } = (await res.json()) as TimelinePayload;
  const match = events.find((e) => e.event.date?.startsWith(day) && e.participants.some((p) => p.id === b));
  if (!match) throw new Error(`no event of ${a} with ${b} on ${day} in the seeded graph`);
  return match.event.id;
}
