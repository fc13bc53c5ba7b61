/**
 * Metadata for one article file: its corpus manifest entry when the folder has a manifest.json,
 * else a sibling `<stem>.meta.json`, else just an id from the file name; flags override all.
 */
import { readFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type { ArticleMeta } from "../../model/extraction.ts";
import { parseMeta } from "../corpus/articleMeta.ts";
import type { ExtractArgs } from "./extractArgs.ts";

async function readJson(path: string): Promise<unknown | undefined> {
  const text = await readFile(path, "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${path}: not valid JSON`);
  }
}

async function fromManifest(file: string): Promise<unknown | undefined> {
  const manifest = (await readJson(join(dirname(file), "manifest.json"))) as
    | { articles?: { file?: string }[] }
    | undefined;
  return manifest?.articles?.find((a) => a.file === basename(file));
}

export async function metaFor(args: ExtractArgs): Promise<ArticleMeta> {
  const stem = basename(args.file, extname(args.file));
  const defaultId = stem.replace(/[^A-Za-z0-9_.-]/g, "_").replace(/^[^A-Za-z0-9]/, "a") || "article";
  const raw =
    (await fromManifest(args.file)) ?? (await readJson(join(dirname(args.file), `${stem}.meta.json`))) ?? {};
  const merged = { ...(raw as object) } as Record<string, unknown>;
  if (args.id !== undefined) merged.id = args.id;
  if (args.title !== undefined) merged.title = args.title;
  if (args.published !== undefined) {
    merged.published = args.published;
    merged.publishedPrecision = "day";
  }
  const meta = parseMeta(merged, defaultId);
  if (typeof meta === "string") throw new Error(`${args.file}: bad metadata: ${meta}`);
  return meta;
}
