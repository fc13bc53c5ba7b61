/**
 * `npm run bench:web`: for generated graphs of 1,000, 5,000 and 20,000 elements and one the size of a
 * 500-article corpus, in headless Debian Chromium: the app's canvas code (time to first network, layout,
 * longest main-thread task, fps during a scripted pan and zoom), then the same graph drawn by sigma.js
 * 3.0.3 with graphology as a reference, with the ratios. BENCH_SIZES=1000,corpus500 overrides the sizes.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "@playwright/test";
import { createServer } from "vite";
import type { BenchResult } from "./measure.ts";
import type { SigmaResult } from "./sigmaPage.ts";

const root = resolve(fileURLToPath(import.meta.url), "../../..");
const SIZES = (process.env.BENCH_SIZES ?? "1000,5000,20000,corpus500").split(",");
const TIMEOUT_MS = 15 * 60_000;
/** BENCH_RENDERER=canvas|webgl forces the renderer (the app's ?renderer= switch); default: the app's choice. */
const RENDERER = process.env.BENCH_RENDERER ? `&renderer=${process.env.BENCH_RENDERER}` : "";

async function resultOf<T>(
  browser: Browser,
  url: string,
  key: "__benchResult" | "__sigmaResult",
): Promise<T> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
  try {
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction((k) => window[k as "__benchResult"] !== undefined, key, {
      timeout: TIMEOUT_MS,
      polling: 250,
    });
    const result = (await page.evaluate((k) => window[k as "__benchResult"], key)) as T | { error: string };
    if (result && typeof result === "object" && "error" in result) throw new Error(`${url}: ${result.error}`);
    return result as T;
  } finally {
    await page.close();
  }
}

const ms = (v: number) => `${Math.round(v).toLocaleString("en")} ms`;
const ratio = (app: number, ref: number) => (ref > 0 ? `${(app / ref).toFixed(1)}×` : "n/a");

interface Row {
  size: string;
  app: BenchResult;
  sigma: SigmaResult;
}

function print(rows: Row[]) {
  console.table(
    rows.map(({ size, app, sigma }) => ({
      graph: size === "corpus500" ? "≈500 articles" : `${Number(size).toLocaleString("en")} el.`,
      "nodes/edges": `${app.nodes}/${app.edges}`,
      layout: app.layout,
      "first network": ms(app.firstNetworkMs),
      "layout time": ms(app.layoutMs),
      "longest task": ms(app.longestTaskMs),
      fps: app.fps.toFixed(1),
      "sigma first frame": ms(sigma.firstFrameMs),
      "sigma longest task": ms(sigma.longestTaskMs),
      "sigma fps": sigma.fps.toFixed(1),
      "first draw ×": ratio(app.firstFrameMs, sigma.firstFrameMs),
      "longest task ×": ratio(app.longestTaskMs, sigma.longestTaskMs),
      "fps ÷": ratio(sigma.fps, app.fps),
    })),
  );
  console.log(
    [
      "first network  payload → metrics → elements → first frame → layout streamed and finished (app)",
      "layout time    the app's layout run: ForceAtlas2 in a worker above 200 nodes, fcose below",
      "longest task   longest main-thread task (PerformanceObserver longtask) after the first frame,",
      "               over the layout and a 3 s scripted pan and zoom",
      "fps            frames drawn per second during that pan and zoom",
      "sigma          sigma.js 3.0.3 + graphology, same graph, ForceAtlas2 in its worker for a fixed 3 s;",
      "               ratios: app ÷ sigma (first draw, longest task), sigma ÷ app (fps)",
      "Chromium runs with --disable-gpu (software WebGL): a shared 2-core machine, figures are noisy.",
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
  const rows: Row[] = [];
  try {
    for (const size of SIZES) {
      console.error(`bench: ${size}…`);
      const app = await resultOf<BenchResult>(
        browser,
        `${base}bench/index.html?size=${size}${RENDERER}`,
        "__benchResult",
      );
      console.error(`  app: first network ${ms(app.firstNetworkMs)}, longest task ${ms(app.longestTaskMs)}`);
      const sigma = await resultOf<SigmaResult>(
        browser,
        `${base}bench/sigma.html?size=${size}`,
        "__sigmaResult",
      );
      console.error(
        `  sigma: first frame ${ms(sigma.firstFrameMs)}, longest task ${ms(sigma.longestTaskMs)}`,
      );
      rows.push({ size, app, sigma });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  print(rows);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
