/** articles(), article(id) and stats() on the embedded store. */
import type { ArticleDoc, ArticleSpan, ArticleSummary, Stats } from "../../../model/api.ts";
import { type ArticleId, articleNodeId } from "../../../model/ids.ts";
import { EDGE_KINDS, type EdgeKind, NODE_KINDS, type NodeKind } from "../../../model/kinds.ts";
import { compareDates } from "../time/dateRange.ts";
import { refOf } from "./events.ts";
import type { MemoryState } from "./state.ts";

export function articleList(state: MemoryState): ArticleSummary[] {
  return [...state.articles.values()]
    .map((a) => a.summary)
    .sort((a, b) => compareDates(a.published, b.published) || (a.id < b.id ? -1 : 1));
}

/** Every mention (from MENTIONS) and event evidence (from REPORTED_IN) inside this article. */
function spansOf(state: MemoryState, id: ArticleId): ArticleSpan[] {
  const { graph } = state;
  const node = articleNodeId(id);
  if (!graph.hasNode(node)) return [];
  const spans: ArticleSpan[] = [];
  graph.forEachOutEdge(node, (_, e, _s, _t, _sa, target) => {
    if (e.kind !== "MENTIONS") return;
    for (const p of e.evidence) {
      if (p.articleId !== id) continue;
      spans.push({
        start: p.mentionStart ?? p.start,
        end: p.mentionEnd ?? p.end,
        kind: "mention",
        node: refOf(target),
      });
    }
  });
  graph.forEachInEdge(node, (_, e, _s, _t, source) => {
    if (e.kind !== "REPORTED_IN") return;
    for (const p of e.evidence) {
      if (p.articleId === id)
        spans.push({ start: p.start, end: p.end, kind: "evidence", node: refOf(source) });
    }
  });
  return spans.sort((a, b) => a.start - b.start || a.end - b.end || (a.node.id < b.node.id ? -1 : 1));
}

export function articleDoc(state: MemoryState, id: ArticleId): ArticleDoc | null {
  const record = state.articles.get(id);
  if (!record) return null;
  return { ...record.summary, text: record.text, spans: spansOf(state, id) };
}

const zeroCounts = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function statsOf(state: MemoryState): Stats {
  const nodes = zeroCounts<NodeKind>(NODE_KINDS);
  const edges = zeroCounts<EdgeKind>(EDGE_KINDS);
  let from: string | null = null;
  let to: string | null = null;
  state.graph.forEachNode((_, n) => {
    nodes[n.kind] = (nodes[n.kind] ?? 0) + 1;
    if (n.kind !== "Event" || !n.date) return;
    if (from === null || n.date < from) from = n.date;
    if (to === null || n.date > to) to = n.date;
  });
  state.graph.forEachEdge((_, e) => {
    edges[e.kind] = (edges[e.kind] ?? 0) + 1;
  });
  return { store: "embedded", nodes, edges, articles: state.articles.size, dateRange: { from, to } };
}
