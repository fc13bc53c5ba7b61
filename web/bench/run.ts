/**
 * `npm run bench:web`: for generated graphs of 1,000, 5,000 and 20,000 elements and one the size of a
 * 500-article corpus, in headless Debian Chromium: the app's canvas code opening the graph as the page
 * does (the overview above 400 nodes) and drawing it whole (time to first network, layout, longest
 * main-thread task, fps during a scripted pan and zoom), then the same graph drawn by sigma.js 3.0.3 with
 * graphology as a reference, with the ratios. BENCH_SIZES=1000,corpus500 overrides the sizes,
 * BENCH_MODES=overview,full the modes.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "@playwright/test";
import { build, createServer, preview } from "vite";
import type { BenchMode, BenchResult } from "./measure.ts";
import type { SigmaResult } from "./sigmaPage.ts";

const root = resolve(fileURLToPath(import.meta.url), "../../..");
const SIZES = (process.env.BENCH_SIZES ?? "1000,5000,20000,corpus500").split(",");
const MODES = (process.env.BENCH_MODES ?? "overview,full").split(",") as BenchMode[];
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
      drawn:
        app.mode === "overview" && app.drawnNodes === app.nodes
          ? "whole (≤ 400 nodes: no overview)"
          : `${app.mode}: ${app.drawnNodes}/${app.drawnEdges}`,
      layout: app.layout,
      structure: app.mode === "overview" ? ms(app.structureMs) : "–",
      "first frame": ms(app.firstFrameMs),
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
      "drawn          overview: what a page opens a graph over 400 nodes on (leaders, clusters, ties);",
      '               full: every node and edge (the overview\'s "draw everything")',
      "structure      overview: degree and Louvain in the structure worker, then the folding",
      "first frame    payload → [structure →] metrics → elements → layout started → first frame drawn",
      "first network  payload → … → first frame → layout streamed and finished, network drawn",
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

/** The dev server (BENCH_DEV=1): unbundled modules, so workers start slower than users see. */
async function devServer() {
  const server = await createServer({
    configFile: resolve(root, "vite.config.ts"),
    // No HMR and no watching: an edit elsewhere in web/ must not reload the page mid-measurement.
    server: { port: 0, host: "127.0.0.1", hmr: false, watch: null },
    logLevel: "warn",
  });
  await server.listen();
  return { base: server.resolvedUrls?.local[0] ?? "http://127.0.0.1:5173/", close: () => server.close() };
}

/** The bench pages built as production code (bundled, minified, workers in one file each), then served. */
async function builtPages() {
  const outDir = await mkdtemp(join(tmpdir(), "bench-web-"));
  const web = resolve(root, "web");
  await build({
    configFile: false,
    root: web,
    logLevel: "warn",
    build: {
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      rollupOptions: {
        input: { bench: resolve(web, "bench/index.html"), sigma: resolve(web, "bench/sigma.html") },
      },
    },
  });
  const server = await preview({
    configFile: false,
    root: web,
    logLevel: "warn",
    build: { outDir },
    preview: { port: 0, host: "127.0.0.1" },
  });
  return {
    base: server.resolvedUrls?.local[0] ?? "http://127.0.0.1:4173/",
    close: async () => {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

async function main() {
  const server = process.env.BENCH_DEV ? await devServer() : await builtPages();
  const base = server.base;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--enable-precise-memory-info", "--no-first-run"],
  });
  const rows: Row[] = [];
  try {
    for (const size of SIZES) {
      console.error(`bench: ${size}…`);
      const apps: BenchResult[] = [];
      for (const mode of MODES) {
        const app = await resultOf<BenchResult>(
          browser,
          `${base}bench/index.html?size=${size}&mode=${mode}${RENDERER}`,
          "__benchResult",
        );
        console.error(
          `  app ${mode}: structure ${ms(app.structureMs)}, metrics ${ms(app.metricsMs)}, build ${ms(app.buildMs)}, ` +
            `first frame ${ms(app.firstFrameMs)}, layout ${ms(app.layoutMs)}, first network ${ms(app.firstNetworkMs)}, ` +
            `longest task ${ms(app.longestTaskMs)}`,
        );
        apps.push(app);
      }
      const sigma = await resultOf<SigmaResult>(
        browser,
        `${base}bench/sigma.html?size=${size}`,
        "__sigmaResult",
      );
      console.error(
        `  sigma: first frame ${ms(sigma.firstFrameMs)}, longest task ${ms(sigma.longestTaskMs)}`,
      );
      for (const app of apps) rows.push({ size, app, sigma });
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
