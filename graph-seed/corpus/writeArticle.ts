/** Stores an ingested article in the corpus folder so it survives a restart and is re-seeded. */
import { createHash } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ArticleMeta } from "../../model/extraction.ts";
import { ARTICLE_ID } from "./articleMeta.ts";

/** Same text → same id, so ingesting an article twice cannot create two articles. */
export function articleIdForText(text: string): string {
  return `a_${createHash("sha256").update(sameTextKey(text), "utf8").digest("hex").slice(0, 16)}`;
}

/** Characters no reader sees: zero-width spaces and joiners, marks of direction, soft hyphens, tatweel. */
const INVISIBLE = /[\u00AD\u0640\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** NBSP and the other spaces of Unicode, runs of white space: one space to a reader. */
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/**
 * What makes two texts the same article to a reader. A text with a zero-width space, an NBSP or a
 * tatweel added was a new article whose every quote doubled the first's.
 */
export function sameTextKey(text: string): string {
  return text.normalize("NFC").replace(INVISIBLE, "").replace(SPACES, " ").trim();
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
