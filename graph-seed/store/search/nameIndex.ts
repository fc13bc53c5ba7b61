/**
 * The name index both stores use for search: each node's Arabic and English names and aliases,
 * Arabic-normalised and clitic-tolerant (see search/terms.ts), matched exactly, by prefix, and by a few
 * edits ("Poutine" for Putin). The work is capped so a query stays fast on 100,000 similar names:
 * fuzzy matching only runs when exact and prefix matches leave the result short, a query word expands
 * to at most MAX_PREFIX_TERMS longer words, and ties go to the smaller id so answers do not depend on
 * insertion order.
 */
import SearchableMap from "minisearch/SearchableMap";
import type { SearchQuery } from "../../../model/api.ts";
import type { GraphNode } from "../../../model/graph.ts";
import type { NodeId } from "../../../model/ids.ts";
import type { NodeKind } from "../../../model/kinds.ts";
import { bm25, fuzziness, fuzzyWeight, idf, kindBoost, prefixWeight } from "./score.ts";
import { cliticVariants, normalizeName, searchKeys, tokenize } from "./terms.ts";

export interface NameHit {
  id: NodeId;
  kind: NodeKind;
  score: number;
  /** The name or alias that matched best. */
  matched: string;
}

interface NameDoc {
  id: NodeId;
  kind: NodeKind;
  names: string[];
  /** Indexed term → how many of the node's words give it. */
  terms: Map<string, number>;
  /** Distinct words in the names (BM25's field length). */
  length: number;
}

/** One indexed term a query word reaches, with its weight and the nodes holding it. */
interface Expansion {
  query: number;
  term: string;
  weight: number;
  docs: Map<NameDoc, number>;
}

interface Tally {
  doc: NameDoc;
  score: number;
  /** Bit i set: query term i matched (at most MAX_QUERY_TERMS, so it fits). */
  queries: number;
}

const MAX_PREFIX_TERMS = 50;
/** A term on more than this share of the nodes (and this many) counts as common; see tally(). */
const COMMON_SHARE = 0.05;
const COMMON_MIN = 5000;
/** Longer query texts add nothing but work: only so many query terms are looked up. */
const MAX_QUERY_TERMS = 24;

const namesOf = (n: GraphNode) =>
  [n.name.ar, n.name.en, ...(n.aliases ?? [])].filter(
    (s): s is string => typeof s === "string" && s.trim() !== "",
  );

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

function docOf(n: GraphNode): NameDoc {
  const names = namesOf(n);
  const words = [...new Set(tokenize(names.join(" \n ")))];
  const terms = new Map<string, number>();
  for (const w of words) for (const t of cliticVariants(w)) terms.set(t, (terms.get(t) ?? 0) + 1);
  return { id: n.id, kind: n.kind, names, terms, length: words.length };
}

export class SearchIndex {
  private readonly docs = new Map<string, NameDoc>();
  private readonly index = new SearchableMap<Map<NameDoc, number>>();
  private totalLength = 0;

  get size() {
    return this.docs.size;
  }

  replaceAll(nodes: Iterable<GraphNode>) {
    this.docs.clear();
    this.index.clear();
    this.totalLength = 0;
    this.upsert(nodes);
  }

  /**
   * A node whose kind and names are as indexed is skipped: an ingest re-merges every node the article
   * names, nearly always with no new name, and re-indexing them was most of its time on the event loop.
   */
  upsert(nodes: Iterable<GraphNode>) {
    for (const n of nodes) {
      const indexed = this.docs.get(n.id);
      if (indexed && indexed.kind === n.kind && sameList(indexed.names, namesOf(n))) continue;
      this.remove([n.id]);
      const doc = docOf(n);
      this.docs.set(doc.id, doc);
      this.totalLength += doc.length;
      for (const [term, tf] of doc.terms) {
        const posting = this.index.get(term);
        if (posting) posting.set(doc, tf);
        else this.index.set(term, new Map([[doc, tf]]));
      }
    }
  }

  remove(ids: Iterable<string>) {
    for (const id of ids) {
      const doc = this.docs.get(id);
      if (!doc) continue;
      this.docs.delete(id);
      this.totalLength -= doc.length;
      for (const term of doc.terms.keys()) {
        const posting = this.index.get(term);
        posting?.delete(doc);
        if (posting?.size === 0) this.index.delete(term);
      }
    }
  }

  search(query: Pick<SearchQuery, "q" | "kinds" | "limit">): NameHit[] {
    const words = [...new Set(tokenize(query.q).flatMap(cliticVariants))].slice(0, MAX_QUERY_TERMS);
    if (words.length === 0 || this.docs.size === 0) return [];
    const kinds = query.kinds?.length ? new Set<string>(query.kinds) : null;
    const keep = (doc: NameDoc) => !kinds || kinds.has(doc.kind);
    const expansions = words.flatMap((w, i) => this.exactAndPrefix(w, i));
    // Typo tolerance is the expensive part: only when exact and prefix matches leave room in the result.
    if (countDocs(expansions, keep, query.limit) < query.limit)
      expansions.push(...words.flatMap((w, i) => this.fuzzy(w, i, expansions)));
    const top = topK(
      this.tally(expansions, keep, query.limit).map((t) => ({ ...t, score: t.score * bitCount(t.queries) })),
      query.limit,
    );
    const reached = new Set(expansions.map((e) => e.term));
    return top.map(({ doc, score }) => ({
      id: doc.id,
      kind: doc.kind,
      score: Math.round(score * 1000) / 1000,
      matched: bestName(doc, reached, query.q),
    }));
  }

  private exactAndPrefix(word: string, query: number): Expansion[] {
    const out: Expansion[] = [];
    const exact = this.index.get(word);
    if (exact) out.push({ query, term: word, weight: 1, docs: exact });
    if (word.length < 3) return out;
    const longer: [string, Map<NameDoc, number>][] = [];
    for (const [term, docs] of this.index.atPrefix(word)) if (term !== word) longer.push([term, docs]);
    longer.sort(([a], [b]) => a.length - b.length || (a < b ? -1 : 1));
    for (const [term, docs] of longer.slice(0, MAX_PREFIX_TERMS))
      out.push({ query, term, weight: prefixWeight(term, term.length - word.length), docs });
    return out;
  }

  private fuzzy(word: string, query: number, already: Expansion[]): Expansion[] {
    const edits = fuzziness(word);
    if (edits === 0) return [];
    const taken = new Set(already.filter((e) => e.query === query).map((e) => e.term));
    const out: Expansion[] = [];
    for (const [term, [docs, distance]] of this.index.fuzzyGet(word, edits)) {
      if (distance === 0 || taken.has(term)) continue;
      out.push({ query, term, weight: fuzzyWeight(term, distance), docs });
    }
    return out;
  }

  /**
   * Sums each kept node's weighted BM25 over the terms it holds. Terms held by a large share of all
   * nodes ("event", "لقاء") only re-rank nodes other query words found; when nothing else matched, the
   * best few hundred holders of the rarest such term are the candidates. Walking 80,000 postings into
   * tallies for a word that barely scores would dominate the query.
   */
  private tally(expansions: Expansion[], keep: (d: NameDoc) => boolean, limit: number): Tally[] {
    const tallies = new Map<NameDoc, Tally>();
    const total = this.docs.size;
    const avgLength = this.totalLength / total || 1;
    // One scorer per term, its weighted idf computed once.
    const scorer = (e: Expansion) => {
      const weighted = e.weight * idf(e.docs.size, total);
      return (doc: NameDoc, tf: number) => kindBoost(doc.kind) * bm25(weighted, tf, doc.length, avgLength);
    };
    const add = (e: Expansion, doc: NameDoc, score: number) => {
      const t = tallies.get(doc);
      if (t) {
        t.score += score;
        t.queries |= 1 << e.query;
      } else tallies.set(doc, { doc, score, queries: 1 << e.query });
    };
    const common = (e: Expansion) => e.docs.size > Math.max(COMMON_MIN, total * COMMON_SHARE);
    const ordered = [...expansions].sort((a, b) => a.docs.size - b.docs.size);
    for (const e of ordered) {
      const scoreOf = scorer(e);
      if (!common(e)) {
        for (const [doc, tf] of e.docs) if (keep(doc)) add(e, doc, scoreOf(doc, tf));
      } else if (tallies.size > 0) {
        for (const t of [...tallies.values()]) {
          const tf = e.docs.get(t.doc);
          if (tf !== undefined) add(e, t.doc, scoreOf(t.doc, tf));
        }
      } else {
        const pool = bestHolders(e, keep, scoreOf, Math.max(4 * limit, 100));
        for (const { doc, score } of pool) add(e, doc, score);
      }
    }
    return [...tallies.values()];
  }
}

/** The `k` best-scoring kept holders of one term, in one pass that builds objects only for contenders. */
function bestHolders(
  e: Expansion,
  keep: (d: NameDoc) => boolean,
  scoreOf: (doc: NameDoc, tf: number) => number,
  k: number,
): { doc: NameDoc; score: number }[] {
  const pool: { doc: NameDoc; score: number }[] = [];
  // The worst of the best so far, once the pool has been trimmed: anything not better cannot make it.
  let floor: { doc: NameDoc; score: number } | null = null;
  for (const [doc, tf] of e.docs) {
    if (!keep(doc)) continue;
    const score = scoreOf(doc, tf);
    if (floor && (score < floor.score || (score === floor.score && doc.id > floor.doc.id))) continue;
    pool.push({ doc, score });
    if (pool.length >= 4 * k) {
      const kept = topK(pool, k);
      pool.length = 0;
      pool.push(...kept);
      floor = kept[kept.length - 1]!;
    }
  }
  return topK(pool, k);
}

function bitCount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
}

/** The best `k` by score, then id, without sorting them all. */
function topK<T extends { doc: NameDoc; score: number }>(items: T[], k: number): T[] {
  const before = (a: T, b: T) => a.score > b.score || (a.score === b.score && a.doc.id < b.doc.id);
  const best: T[] = [];
  for (const item of items) {
    if (best.length === k && !before(item, best[k - 1]!)) continue;
    let at = best.length;
    while (at > 0 && before(item, best[at - 1]!)) at--;
    best.splice(at, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}

/** How many distinct kept nodes the expansions reach, counting no further than `enough`. */
function countDocs(expansions: Expansion[], keep: (d: NameDoc) => boolean, enough: number): number {
  const seen = new Set<NameDoc>();
  for (const e of expansions)
    for (const doc of e.docs.keys()) {
      if (keep(doc)) seen.add(doc);
      if (seen.size >= enough) return seen.size;
    }
  return seen.size;
}

/** The name sharing the most matched terms with the query, so the UI can show why a node was found. */
function bestName(doc: NameDoc, reached: Set<string>, q: string): string {
  const wanted = new Set([...[...doc.terms.keys()].filter((t) => reached.has(t)), ...searchKeys(q)]);
  let best = doc.names[0] ?? "";
  let bestScore = -1;
  for (const name of doc.names) {
    const exact = normalizeName(name).trim() === normalizeName(q).trim() ? 100 : 0;
    const score = exact + searchKeys(name).filter((k) => wanted.has(k)).length;
    if (score > bestScore) [best, bestScore] = [name, score];
  }
  return best;
}
