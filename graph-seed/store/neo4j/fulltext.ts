/**
 * Name search in Neo4j's fulltext (Lucene) index with the embedded store's normalisation (search/terms.ts).
 * Each node stores its normalised, clitic-expanded terms in one property, `searchTerms`, written with the
 * node (neo4j/mapping.ts); the index splits it on whitespace only, so Lucene sees exactly our terms. A query
 * is normalised the same way and becomes, per term, an exact, a prefix and (for longer words) a fuzzy clause.
 */
import type { GraphNode } from "../../../model/graph.ts";
import { fuzziness } from "../search/score.ts";
import { cliticVariants, normalizeName, searchKeys, tokenize } from "../search/terms.ts";

/** Longer query texts add nothing but work, as in the embedded index. */
const MAX_QUERY_TERMS = 24;
/** Exact matches first, then words the query word starts, then words a few edits away. */
const EXACT_BOOST = 4;
const PREFIX_BOOST = 1;
const FUZZY_BOOST = 0.5;

export const namesOf = (n: Pick<GraphNode, "name" | "aliases">) =>
  [n.name.ar, n.name.en, ...(n.aliases ?? [])].filter(
    (s): s is string => typeof s === "string" && s.trim() !== "",
  );

/**
 * A node's terms, space-separated: every distinct word of its names and aliases with its clitic-stripped
 * forms. A term two words give appears twice, so Lucene's term frequency is the embedded index's.
 */
export function searchTermsOf(node: Pick<GraphNode, "name" | "aliases">): string {
  const words = [...new Set(tokenize(namesOf(node).join(" \n ")))];
  return words.flatMap(cliticVariants).join(" ");
}

/** Lucene's query-syntax characters, escaped; our terms are letters and digits, but input is input. */
const escapeLucene = (term: string) => term.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, "\\$&");

/** The query words, normalised and clitic-expanded like the indexed names (at most MAX_QUERY_TERMS). */
export const queryTerms = (text: string) =>
  [...new Set(tokenize(text).flatMap(cliticVariants))].slice(0, MAX_QUERY_TERMS);

/** One clause group per query term; null when the text has no letter or digit (nothing to look up). */
export function luceneQuery(text: string): string | null {
  const terms = queryTerms(text);
  if (terms.length === 0) return null;
  return terms
    .map((raw) => {
      const t = escapeLucene(raw);
      const clauses = [`${t}^${EXACT_BOOST}`];
      if (raw.length >= 3) clauses.push(`${t}*^${PREFIX_BOOST}`);
      const edits = fuzziness(raw);
      if (edits > 0) clauses.push(`${t}~${edits}^${FUZZY_BOOST}`);
      return `(${clauses.join(" OR ")})`;
    })
    .join(" OR ");
}

/** Whether two words are at most `max` edits apart; gives up on a row that already exceeds it. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...row) > max) return false;
    prev = row;
  }
  return prev[b.length]! <= max;
}

/** Whether an indexed term is one the query clauses reach: equal, started by, or within the fuzzy edits. */
const reaches = (query: string, term: string) =>
  term === query ||
  (query.length >= 3 && term.startsWith(query)) ||
  (fuzziness(query) > 0 && withinEdits(query, term, fuzziness(query)));

/**
 * The name or alias that best explains the hit, as the embedded index chooses it: the exact name first,
 * else the one sharing the most terms with what the query reached.
 */
export function matchedName(node: Pick<GraphNode, "name" | "aliases">, q: string): string {
  const names = namesOf(node);
  const asked = queryTerms(q);
  const wanted = new Set([
    ...searchTermsOf(node)
      .split(" ")
      .filter((t) => t !== "" && asked.some((a) => reaches(a, t))),
    ...searchKeys(q),
  ]);
  let best = names[0] ?? "";
  let bestScore = -1;
  for (const name of names) {
    const exact = normalizeName(name).trim() === normalizeName(q).trim() ? 100 : 0;
    const score = exact + searchKeys(name).filter((k) => wanted.has(k)).length;
    if (score > bestScore) [best, bestScore] = [name, score];
  }
  return best;
}
