/** Stores an ingested article in the corpus folder so it survives a restart and is re-seeded. */
import { createHash } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ArticleMeta } from "../../model/extraction.ts";
import { ARTICLE_ID } from "./articleMeta.ts";

/** Same text → same id, so ingesting an article twice cannot create two articles. */
export function articleIdForText(text: string): string {
  const canonical = text
    .replace(/^\uFEFF/, "")
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .trim();
  return `a_${createHash("sha256").update(canonical, "utf8").digest("hex").slice(0, 16)}`;
}

/** Write to a temporary name then rename: a reader never sees a half-written file. */
async function writeAtomic(path: string, content: string) {
  const tmp = `${path}.${process.pid}.${Date.now().toString(36)}.tmp`;
  await writeFile(tmp, content, "utf8");
  await rename(tmp, path);
}

/** Writes `<id>.meta.json` then `<id>.txt`; returns the text file's path. */
export async function writeArticle(dir: string, meta: ArticleMeta, text: string): Promise<string> {
  if (!ARTICLE_ID.test(meta.id)) throw new Error(`article id "${meta.id}" is not a safe file name`);
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${meta.id}.txt`);
  await writeAtomic(join(dir, `${meta.id}.meta.json`), `${JSON.stringify(meta, null, 2)}\n`);
  await writeAtomic(path, text);
  return path;
}
