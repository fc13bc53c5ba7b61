/** Rows of the table view, from the visible graph, and a stable sort that understands both scripts. */
import type { GraphPayload } from "../../../../model/api.ts";
import type { Review, ReviewStatus } from "../../../../model/graph.ts";
import type { NodeId } from "../../../../model/ids.ts";
import type { Language, NodeKind } from "../../../../model/kinds.ts";
import { edgeWeight } from "../../graph/elements.ts";
import { eventDateText } from "../../graph/eventDates.ts";
import { statusOf } from "../../graph/reviewStatus.ts";
import { displayName } from "../../i18n/useT.ts";

export interface NodeRow {
  id: NodeId;
  name: string;
  kind: NodeKind;
  date: string;
  degree: number;
  status: ReviewStatus;
  review: Review | undefined;
}

export interface EdgeRow {
  id: string;
  kind: string;
  source: string;
  target: string;
  weight: number;
  evidence: number;
  /** MET / SPOKE_WITH: first and last occasion; HOLDS_OFFICE: the term. */
  dates: string;
  status: ReviewStatus;
  review: Review | undefined;
}

export function nodeRows(graph: GraphPayload, lang: Language): NodeRow[] {
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return graph.nodes.map((n) => ({
    id: n.id,
    name: displayName(n.name, lang),
    kind: n.kind,
    date: (n.kind === "Event" ? eventDateText(n, lang) : n.date) ?? "",
    degree: degree.get(n.id) ?? 0,
    status: statusOf(n),
    review: n.review,
  }));
}

const dateSpan = (a?: string | null, b?: string | null) =>
  a && b && a !== b ? `${a} – ${b}` : (a ?? b ?? "");

export function edgeRows(graph: GraphPayload, lang: Language): EdgeRow[] {
  const names = new Map<string, string>(graph.nodes.map((n) => [n.id, displayName(n.name, lang)]));
  return graph.edges.map((e) => ({
    id: e.id,
    kind: e.kind,
    source: names.get(e.source) ?? e.source,
    target: names.get(e.target) ?? e.target,
    weight: edgeWeight(e),
    evidence: e.evidence.length,
    dates: dateSpan(e.firstDate ?? e.from, e.lastDate ?? e.to),
    status: statusOf(e),
    review: e.review,
  }));
}

export interface SortState<K extends string> {
  key: K;
  dir: "asc" | "desc";
}

export function sortRows<R, K extends keyof R & string>(
  rows: readonly R[],
  sort: SortState<K>,
  lang: Language,
): R[] {
  const collator = new Intl.Collator(lang, { numeric: true });
  const sign = sort.dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[sort.key];
    const y = b[sort.key];
    const c = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
    return sign * c;
  });
}
