/**
 * Finds an article already stored with the posted text under an id other than the text's hash: the
 * seeded corpus keeps the ids of its files, so posting one of its reports again would otherwise create a
 * second Article with every mention and quote doubled.
 */
import type { ArticleDoc } from "../../model/api.ts";
import type { GraphStore } from "../../model/store.ts";
import { canonicalText } from "./articleText.ts";

/** Stored texts are as read from their files; the canonical form drops a BOM, CRs and outer white space. */
const couldBe = (storedLength: number, canonicalLength: number) =>
  storedLength >= canonicalLength && storedLength <= canonicalLength * 1.1 + 256;

export async function storedWithSameText(store: GraphStore, text: string): Promise<ArticleDoc | null> {
  for (const summary of await store.articles()) {
    if (!couldBe(summary.length, text.length)) continue;
    const doc = await store.article(summary.id);
    if (doc && canonicalText(doc.text) === text) return doc;
  }
  return null;
}
