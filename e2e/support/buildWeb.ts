/**
 * Makes sure dist/web holds a build of the current web sources: builds with Vite (programmatically)
 * when the build is missing or older than any file under web/ or model/ (the web app imports it) or
 * the Vite config.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry === "dist" || entry === "bench") continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function webBuildIsStale(root: string): boolean {
  const index = resolve(root, "dist/web/index.html");
  if (!existsSync(index)) return true;
  const sources = Math.max(...["web", "model", "vite.config.ts"].map((p) => newestMtime(resolve(root, p))));
  return statSync(index).mtimeMs < sources;
}

export async function ensureWebBuild(root: string): Promise<void> {
  if (!webBuildIsStale(root)) return;
  const { build } = await import("vite");
  process.stderr.write("e2e: building the web app (dist/web is missing or stale)…\n");
  await build({ configFile: resolve(root, "vite.config.ts"), logLevel: "warn" });
}
