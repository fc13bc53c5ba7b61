/**
 * How a name search scores: BM25 per matched term (the formula and constants MiniSearch uses, so rankings
 * stayed what they were when the index was MiniSearch), weighted down for prefix and fuzzy matches, and
 * multiplied by the number of query terms a node matched.
 */
import type { NodeKind } from "../../../model/kinds.ts";

const K = 1.2;
const B = 0.7;
const D = 0.5;

/** Inverse document frequency of a term held by `matching` of `total` nodes. */
export const idf = (matching: number, total: number) =>
  Math.log(1 + (total - matching + 0.5) / (matching + 0.5));

/** BM25 of one term in one node's names, given the term's idf. */
export const bm25 = (idfOfTerm: number, termFreq: number, length: number, avgLength: number) =>
  idfOfTerm * (D + (termFreq * (K + 1)) / (termFreq + K * (1 - B + (B * length) / avgLength)));

/** A word the query word starts: worth less the more letters it adds. */
export const prefixWeight = (term: string, extra: number) =>
  (0.5 * term.length) / (term.length + 0.3 * extra);

/** A word a few edits away: worth less than a prefix, and less the more edits. */
export const fuzzyWeight = (term: string, distance: number) => (0.3 * term.length) / (term.length + distance);

/** Longer words tolerate more typos; very short ones and numbers none, or everything would match. */
export const fuzziness = (term: string) =>
  /\p{N}/u.test(term) ? 0 : term.length <= 3 ? 0 : term.length <= 5 ? 1 : 2;

/** Entities are what people look for; events and articles carry their names only in labels and titles. */
const KIND_BOOST: Partial<Record<NodeKind, number>> = { Event: 0.4, Article: 0.2 };
export const kindBoost = (kind: NodeKind) => KIND_BOOST[kind] ?? 1;
