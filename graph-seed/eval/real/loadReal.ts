/**
 * Reads the real published reports kept beside the project (`../shared/eval-real`, or `EVAL_REAL_DIR`):
 * `<id>.json` gold naming its `<id>.txt`. The folder is optional: without it the set is skipped
 * with a note, so CI never depends on it.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ArticleMeta } from "../../../model/extraction.ts";
import { readArticleFile } from "../../corpus/readText.ts";
import { type RealGold, realGoldSchema } from "./realGold.ts";

export interface RealArticle {
  text: string;
  meta: ArticleMeta;
  gold: RealGold;
}

const PROJECT_DIR = fileURLToPath(new URL("../../..", import.meta.url));

export function realDir(): string {
  return resolve(process.env.EVAL_REAL_DIR ?? join(PROJECT_DIR, "..", "shared", "eval-real"));
}

async function loadOne(dir: string, file: string): Promise<RealArticle> {
  const path = join(dir, file);
  const parsed = realGoldSchema.safeParse(JSON.parse(await readFile(path, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: invalid gold at ${issue?.path.join(".") || "(root)"}: ${issue?.message}`);
  }
  const gold = parsed.data;
  const text = await readArticleFile(join(dir, gold.text_file ?? file.replace(/\.json$/, ".txt")));
  // The same metadata `npm run extract -- <file> --published <date>` gives the reports' own scorer.
  const meta: ArticleMeta = {
    id: gold.id,
    title: null,
    published: gold.published ?? null,
    publishedPrecision: gold.published ? "day" : null,
    source: null,
    language: "ar",
  };
  return { text: text.replace(/^\uFEFF/, ""), meta, gold };
}

/** null when the folder is not there. */
export async function loadReal(dir = realDir()): Promise<RealArticle[] | null> {
  if (!existsSync(dir)) return null;
  const files = (await readdir(dir)).filter((f) => f.endsWith(".json")).sort();
  return Promise.all(files.map((f) => loadOne(dir, f)));
}
