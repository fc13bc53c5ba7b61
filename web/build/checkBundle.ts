/**
 * `npm run check:bundle` (after `vite build`): prints the size of every JavaScript file of dist/web,
 * raw, gzip and brotli, the initial set first, and fails when the initial set is over its gzip budget.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { INITIAL_JS_BUDGET, initialFiles, lazyFiles, type Manifest } from "./bundleBudget.ts";

const dist = join(import.meta.dirname, "../../dist/web");

interface Size {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

async function sizeOf(file: string): Promise<Size> {
  const data = await readFile(join(dist, file));
  const brotli = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { file, raw: data.length, gzip: gzipSync(data, { level: 9 }).length, brotli };
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`.padStart(10);
const line = (s: Size) => `${kb(s.raw)} ${kb(s.gzip)} ${kb(s.brotli)}  ${s.file}`;
const total = (sizes: Size[], key: "raw" | "gzip" | "brotli") => sizes.reduce((sum, s) => sum + s[key], 0);
const sum = (label: string, sizes: Size[]): Size => ({
  file: label,
  raw: total(sizes, "raw"),
  gzip: total(sizes, "gzip"),
  brotli: total(sizes, "brotli"),
});

const manifest = JSON.parse(await readFile(join(dist, ".vite/manifest.json"), "utf8")) as Manifest;
const initial = await Promise.all(initialFiles(manifest).map(sizeOf));
const lazy = await Promise.all(lazyFiles(manifest).map(sizeOf));
const bySize = (a: Size, b: Size) => b.gzip - a.gzip;

console.log(`${"raw".padStart(10)} ${"gzip".padStart(10)} ${"brotli".padStart(10)}`);
console.log("initial (entry + static imports):");
for (const s of initial.sort(bySize)) console.log(line(s));
console.log(line(sum("= initial total", initial)));
console.log("on demand:");
for (const s of lazy.sort(bySize)) console.log(line(s));
console.log(line(sum("= on-demand total", lazy)));

const gzip = total(initial, "gzip");
if (gzip > INITIAL_JS_BUDGET) {
  console.error(
    `initial JavaScript is ${kb(gzip).trim()} gzip, over the ${kb(INITIAL_JS_BUDGET).trim()} budget`,
  );
  process.exit(1);
}
console.log(`initial JavaScript ${kb(gzip).trim()} gzip, within the ${kb(INITIAL_JS_BUDGET).trim()} budget`);
// The embed page (a story or a view in an iframe) is a page of its own: reported, not budgeted here.
const embed = await Promise.all(initialFiles(manifest, "embed.html").map(sizeOf));
console.log(`embed page: ${kb(total(embed, "gzip")).trim()} gzip before it starts`);
