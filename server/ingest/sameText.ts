/**
 * Finds an article already stored with the posted text under an id other than the text's hash: the
 * seeded corpus keeps the ids of its files, so posting one of its reports again would otherwise create a
 * second Article with every mention and quote doubled.
 */

import { sameTextKey } from "../../graph-seed/corpus/writeArticle.ts";
import type { ArticleDoc } from "../../model/api.ts";
import type { GraphStore } from "../../model/store.ts";

/** Stored texts are as read from their files; the key drops invisible characters and folds white space. */
const couldBe = (storedLength: number, keyLength: number) =>
  storedLength >= keyLength && storedLength <= keyLength * 1.2 + 256;

export async function storedWithSameText(store: GraphStore, text: string): Promise<ArticleDoc | null> {
  const key = sameTextKey(text);
  for (const summary of await store.articles()) {
    if (!couldBe(summary.length, key.length)) continue;
    const doc = await store.article(summary.id);
    if (doc && sameTextKey(doc.text) === key) return doc;
  }
  return null;
}
