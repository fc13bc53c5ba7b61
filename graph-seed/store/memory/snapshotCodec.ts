/**
 * How evidence is written to the snapshot: without its quote when the quote is just the article text
 * between start and end (the article text is in the same snapshot), so each sentence is stored once
 * instead of once per edge and per MET pair. As a tuple [articleId, start, end, mentionStart?,
 * mentionEnd?]; anything that cannot be rebuilt that way (text not stored, quote differing from it)
 * stays a whole Provenance object. Reading rebuilds the quote, so the store serves the same records.
 */
import type { Provenance } from "../../../model/graph.ts";
import { type ArticleId, articleId } from "../../../model/ids.ts";

export type StoredProvenance =
  | [string, number, number]
  | [string, number, number, number, number]
  | Provenance;

type Texts = ReadonlyMap<string, string>;

export function encodeEvidence(p: Provenance, texts: Texts): StoredProvenance {
  const text = texts.get(p.articleId);
  if (text === undefined || text.slice(p.start, p.end) !== p.quote) return p;
  const { mentionStart: ms, mentionEnd: me } = p;
  if (ms === undefined && me === undefined) return [p.articleId, p.start, p.end];
  if (ms !== undefined && me !== undefined) return [p.articleId, p.start, p.end, ms, me];
  return p;
}

/** The Provenance a stored entry stands for; throws on an entry it cannot read, naming it. */
export function decodeEvidence(stored: StoredProvenance, texts: Texts): Provenance {
  if (!Array.isArray(stored)) return stored;
  const [id, start, end, mentionStart, mentionEnd] = stored;
  const text = texts.get(id);
  if (text === undefined) throw new Error(`evidence points to article ${id}, whose text is not stored`);
  const p: Provenance = { articleId: articleId(id) as ArticleId, start, end, quote: text.slice(start, end) };
  if (mentionStart !== undefined && mentionEnd !== undefined) {
    p.mentionStart = mentionStart;
    p.mentionEnd = mentionEnd;
  }
  return p;
}
