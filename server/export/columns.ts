/** Nodes and edges as flat rows of scalars: the shared column set of the CSV, GraphML and GEXF exports. */
import type { GraphEdge, GraphNode, Review } from "../../model/graph.ts";

export type Cell = string | number | boolean | null;
export type AttrType = "string" | "int" | "double" | "boolean";
export interface Column<T> {
  name: string;
  type: AttrType;
  get: (item: T) => Cell;
}

const joined = (values: readonly string[] | undefined) =>
  values && values.length > 0 ? values.join("|") : null;

/**
 * Review status (issue 10): extracted, confirmed, edited or rejected, for events, entities, participations
 * and offices; empty for records that carry none (articles, mentions, ties…).
 */
const reviewColumns = <T extends { review?: Review }>(carries: (item: T) => boolean): Column<T>[] => [
  { name: "status", type: "string", get: (i) => (carries(i) ? (i.review?.status ?? "extracted") : null) },
  { name: "reviewedBy", type: "string", get: (i) => i.review?.by ?? null },
  { name: "reviewedAt", type: "string", get: (i) => i.review?.at ?? null },
];
const NODE_WITH_STATUS = new Set(["Person", "Country", "Place", "Organization", "Topic", "Event"]);
const EDGE_WITH_STATUS = new Set(["PARTICIPATED_IN", "HOLDS_OFFICE"]);

export const NODE_COLUMNS: Column<GraphNode>[] = [
  { name: "id", type: "string", get: (n) => n.id },
  { name: "kind", type: "string", get: (n) => n.kind },
  { name: "name_ar", type: "string", get: (n) => n.name.ar },
  { name: "name_en", type: "string", get: (n) => n.name.en },
  { name: "aliases", type: "string", get: (n) => joined(n.aliases) },
  { name: "eventType", type: "string", get: (n) => n.eventType ?? null },
  { name: "date", type: "string", get: (n) => n.date ?? null },
  { name: "datePrecision", type: "string", get: (n) => n.datePrecision ?? null },
  { name: "dateFrom", type: "string", get: (n) => n.dateFrom ?? null },
  { name: "dateTo", type: "string", get: (n) => n.dateTo ?? null },
  // Only in a time-filtered export: the event may or may not lie in the range.
  { name: "dateUncertain", type: "boolean", get: (n) => n.dateUncertain ?? null },
  { name: "planned", type: "boolean", get: (n) => n.planned ?? null },
  { name: "background", type: "boolean", get: (n) => n.background ?? null },
  { name: "encounter", type: "string", get: (n) => n.encounter ?? null },
  { name: "confidence", type: "double", get: (n) => n.confidence ?? null },
  { name: "cues", type: "string", get: (n) => joined(n.cues) },
  { name: "source", type: "string", get: (n) => n.source ?? null },
  { name: "language", type: "string", get: (n) => n.language ?? null },
  ...reviewColumns<GraphNode>((n) => NODE_WITH_STATUS.has(n.kind)),
];

/** The articles an edge's evidence comes from, each once. */
const articlesOf = (e: GraphEdge) => joined([...new Set(e.evidence.map((p) => p.articleId))]);

export const EDGE_COLUMNS: Column<GraphEdge>[] = [
  { name: "id", type: "string", get: (e) => e.id },
  { name: "kind", type: "string", get: (e) => e.kind },
  { name: "source", type: "string", get: (e) => e.source },
  { name: "target", type: "string", get: (e) => e.target },
  { name: "role", type: "string", get: (e) => e.role ?? null },
  { name: "confidence", type: "double", get: (e) => e.confidence ?? null },
  { name: "office_ar", type: "string", get: (e) => e.office?.ar ?? null },
  { name: "office_en", type: "string", get: (e) => e.office?.en ?? null },
  { name: "from", type: "string", get: (e) => e.from ?? null },
  { name: "to", type: "string", get: (e) => e.to ?? null },
  { name: "weight", type: "int", get: (e) => e.weight ?? null },
  { name: "firstDate", type: "string", get: (e) => e.firstDate ?? null },
  { name: "lastDate", type: "string", get: (e) => e.lastDate ?? null },
  { name: "inferred", type: "boolean", get: (e) => e.inferred ?? null },
  { name: "inferredReason", type: "string", get: (e) => e.inferredReason ?? null },
  { name: "dateUncertain", type: "boolean", get: (e) => e.dateUncertain ?? null },
  { name: "evidenceCount", type: "int", get: (e) => e.evidence.length },
  { name: "articles", type: "string", get: articlesOf },
  ...reviewColumns<GraphEdge>((e) => EDGE_WITH_STATUS.has(e.kind)),
];
