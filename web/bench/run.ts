/**
 * `npm run bench:web`: time to first rendered network and layout time for generated graphs of 1,000,
 * 5,000 and 20,000 elements in headless Debian Chromium, using the app's own canvas code (served by a
 * programmatic Vite dev server). Prints a table; BENCH_SIZES=1000,5000 overrides the sizes.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "@playwright/test";
import { createServer } from "vite";
import type { BenchResult } from "./measure.ts";

const root = resolve(fileURLToPath(import.meta.url), "../../..");
const SIZES = (process.env.BENCH_SIZES ?? "1000,5000,20000").split(",").map(Number);
const TIMEOUT_MS = 15 * 60_000;
/** BENCH_RENDERER=canvas|webgl forces the renderer (the app's ?renderer= switch); default: the app's choice. */
const RENDERER = process.env.BENCH_RENDERER ? `&renderer=${process.env.BENCH_RENDERER}` : "";

async function runOne(page: Page, base: string, size: number): Promise<BenchResult> {
  await page.goto(`${base}bench/index.html?size=${size}${RENDERER}`, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__benchResult !== undefined, undefined, {
    timeout: TIMEOUT_MS,
    polling: 250,
  });
  const result = await page.evaluate(() => window.__benchResult!);
  if ("error" in result) throw new Error(`size ${size}: ${result.error}`);
  return result;
}

const ms = (v: number) => `${Math.round(v).toLocaleString("en")} ms`;

function print(results: BenchResult[]) {
  const rows = results.map((r) => ({
    elements: (r.nodes + r.edges).toLocaleString("en"),
    "nodes/edges": `${r.nodes}/${r.edges}`,
    renderer: r.renderer,
    layout: r.layout,
    metrics: ms(r.metricsMs),
    "cy build": ms(r.buildMs),
    "first frame": ms(r.firstFrameMs),
    "layout time": ms(r.layoutMs),
    "first network": ms(r.firstNetworkMs),
    "JS heap": r.heapMB === null ? "n/a" : `${r.heapMB.toFixed(0)} MB`,
  }));
  console.table(rows);
  console.log(
    [
      "metrics      degree, betweenness, Louvain (useGraphMetrics' computeMetrics)",
      "cy build     elements added to the core and sized",
      "first frame  payload → elements drawn, before layout",
      "layout time  the app's layout run (fcose, label spreading on small graphs, fit)",
      "first network payload → laid-out network drawn (all of the above + render)",
      "JS heap      used JS heap after the run",
    ].join("\n"),
  );
}

async function main() {
  const server = await createServer({
    configFile: resolve(root, "vite.config.ts"),
    // No HMR and no watching: an edit elsewhere in web/ must not reload the page mid-measurement.
    server: { port: 0, host: "127.0.0.1", hmr: false, watch: null },
    logLevel: "warn",
  });
  await server.listen();
  const base = server.resolvedUrls?.local[0] ?? "http://127.0.0.1:5173/";
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--enable-precise-memory-info", "--no-first-run"],
  });
  const results: BenchResult[] = [];
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      page.on("pageerror", (e) => console.error(`page error (${size}): ${e.message}`));
      console.error(`bench: ${size} elements…`);
      const result = await runOne(page, base, size);
      results.push(result);
      console.error(`  layout ${ms(result.layoutMs)}, first network ${ms(result.firstNetworkMs)}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  print(results);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
