/**
 * The name index both stores use for search: MiniSearch over each node's Arabic and English names and
 * aliases, Arabic-normalised and clitic-tolerant (see searchTerms.ts), with prefix and fuzzy matching so
 * partial words and spelling variants ("Poutine" for Putin) still find the node.
 */
import MiniSearch from "minisearch";
import type { SearchQuery } from "../../model/api.ts";
import type { GraphNode } from "../../model/graph.ts";
import type { NodeId } from "../../model/ids.ts";
import type { NodeKind } from "../../model/kinds.ts";
import { normalizeArabic } from "../extract/normalize.ts";
import { cliticVariants, searchKeys, tokenize } from "./searchTerms.ts";

export interface NameHit {
  id: NodeId;
  kind: NodeKind;
  score: number;
  /** The name or alias that matched best. */
  matched: string;
}

interface NameDoc {
  id: string;
  kind: NodeKind;
  names: string[];
  text: string;
}

const namesOf = (n: GraphNode) =>
  [n.name.ar, n.name.en, ...(n.aliases ?? [])].filter(
    (s): s is string => typeof s === "string" && s.trim() !== "",
  );

/** Entities are what people look for; events and articles carry their names only in labels and titles. */
const KIND_BOOST: Partial<Record<NodeKind, number>> = { Event: 0.4, Article: 0.2 };

/** Longer words tolerate more typos; very short ones none, or everything would match. */
const fuzziness = (term: string) => (term.length <= 3 ? 0 : term.length <= 5 ? 1 : 2);

export class SearchIndex {
  private readonly mini = new MiniSearch<NameDoc>({
    fields: ["text"],
    storeFields: ["kind", "names"],
    // Each word once per node: a topic with twenty aliases repeating "سورية" must not outrank Syria.
    tokenize: (text) => [...new Set(tokenize(text))],
    processTerm: (term) => cliticVariants(term),
    searchOptions: {
      prefix: (t) => t.length >= 3,
      fuzzy: (t) => fuzziness(t),
      weights: { prefix: 0.5, fuzzy: 0.3 },
      boostDocument: (_id, _term, stored) => KIND_BOOST[stored?.kind as NodeKind] ?? 1,
    },
  });

  get size() {
    return this.mini.documentCount;
  }

  replaceAll(nodes: Iterable<GraphNode>) {
    this.mini.removeAll();
    this.upsert(nodes);
  }

  upsert(nodes: Iterable<GraphNode>) {
    for (const n of nodes) {
      const names = namesOf(n);
      const doc: NameDoc = { id: n.id, kind: n.kind, names, text: names.join(" \n ") };
      if (this.mini.has(n.id)) this.mini.replace(doc);
      else this.mini.add(doc);
    }
  }

  remove(ids: Iterable<string>) {
    for (const id of ids) if (this.mini.has(id)) this.mini.discard(id);
  }

  search(query: Pick<SearchQuery, "q" | "kinds" | "limit">): NameHit[] {
    const kinds = query.kinds?.length ? new Set<string>(query.kinds) : null;
    const results = this.mini.search(query.q, {
      combineWith: "OR",
      filter: kinds ? (r) => kinds.has(r.kind as string) : undefined,
    });
    return results.slice(0, query.limit).map((r) => ({
      id: r.id as NodeId,
      kind: r.kind as NodeKind,
      score: Math.round(r.score * 1000) / 1000,
      matched: bestName(r.names as string[], r.terms, query.q),
    }));
  }
}

/** The name sharing the most matched terms with the query, so the UI can show why a node was found. */
function bestName(names: string[], matchedTerms: string[], q: string): string {
  const wanted = new Set([...matchedTerms, ...searchKeys(q)]);
  let best = names[0] ?? "";
  let bestScore = -1;
  for (const name of names) {
    const exact = normalizeArabic(name).trim() === normalizeArabic(q).trim() ? 100 : 0;
    const score = exact + searchKeys(name).filter((k) => wanted.has(k)).length;
    if (score > bestScore) [best, bestScore] = [name, score];
  }
  return best;
}
