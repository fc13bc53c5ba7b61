/** Runs in a worker thread of the extraction pool (server/extractPool.ts): one article in, its facts out. */
import { extractArticle } from "../graph-seed/extract/index.ts";
import type { ArticleMeta, Extraction } from "../model/extraction.ts";
import { lowerThreadPriority } from "./threadPriority.ts";

// Reads on the main thread come first when the cores are busy (server/threadPriority.ts).
lowerThreadPriority();

export default function extract({ text, meta }: { text: string; meta: ArticleMeta }): Extraction {
  return extractArticle(text, meta);
}
