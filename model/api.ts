/**
 * The HTTP API's contract: request schemas (zod, validated by the server) and response shapes
 * (used by the server, the store and the web client alike).
 */
import { z } from "zod";
import type { Extraction } from "./extraction.ts";
import type { GraphEdge, GraphNode, Name, Provenance } from "./graph.ts";
import type { ArticleId, NodeId } from "./ids.ts";
import {
  DATE_PRECISIONS,
  type DatePrecision,
  type EdgeKind,
  EVENT_TYPES,
  GRAPH_VIEWS,
  NODE_KINDS,
  type NodeKind,
} from "./kinds.ts";

const isoDay = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD");

/** `a,b,c` in a query string → a validated list. */
const csvOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((s) =>
      s
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)));

/** A boolean from a query string: z.coerce.boolean() would read "false" as true. */
const queryBool = z.union([z.boolean(), z.stringbool()]);

const idList = z
  .string()
  .max(4000)
  .transform((s) =>
    s
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean),
  );

export const graphQuerySchema = z.object({
  view: z.enum(GRAPH_VIEWS).default("events"),
  kinds: csvOf(NODE_KINDS).optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  /** Only MET edges (people view) or entities with at least this many events (events view). */
  minWeight: z.coerce.number().int().min(1).max(1000).default(1),
  /** Only events that discussed one of these topic ids (and what they connect). */
  topics: idList.optional(),
  /** Include events that are only planned. */
  includePlanned: queryBool.default(true),
  limit: z.coerce.number().int().min(1).max(20000).default(2000),
});
export type GraphQuery = z.infer<typeof graphQuerySchema>;

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, "q must not be empty").max(200),
  kinds: csvOf(NODE_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const neighbourhoodQuerySchema = z.object({
  depth: z.coerce.number().int().min(1).max(3).default(1),
  kinds: csvOf(NODE_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(200),
});
export type NeighbourhoodQuery = z.infer<typeof neighbourhoodQuerySchema>;

export const pathQuerySchema = z.object({
  from: z.string().min(1).max(300),
  to: z.string().min(1).max(300),
  k: z.coerce.number().int().min(1).max(10).default(3),
  maxLength: z.coerce.number().int().min(1).max(8).default(6),
  /** Which graph to walk: the events graph (entity–event–entity) or the MET projection. */
  view: z.enum(GRAPH_VIEWS).default("events"),
});
export type PathQuery = z.infer<typeof pathQuerySchema>;

export const timelineQuerySchema = z.object({
  participant: z.string().max(300).optional(),
  types: csvOf(EVENT_TYPES).optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  includePlanned: queryBool.default(true),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});
export type TimelineQuery = z.infer<typeof timelineQuerySchema>;

export const ingestBodySchema = z.object({
  text: z.string().min(1, "text must not be empty").max(200_000),
  title: z.string().max(500).nullish(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "published must be YYYY-MM-DD")
    .nullish(),
  source: z.string().max(300).nullish(),
  /** Extract and report what would change, without writing anything. */
  dryRun: z.boolean().default(false),
});
export type IngestBody = z.infer<typeof ingestBodySchema>;

export const EXPORT_FORMATS = ["json", "graphml", "gexf", "csv-nodes", "csv-edges"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const exportQuerySchema = graphQuerySchema.extend({ format: z.enum(EXPORT_FORMATS) });
export type ExportQuery = z.infer<typeof exportQuerySchema>;

// ── Responses ────────────────────────────────────────────────────────────────

/** A node named in passing: enough to draw a link or a chip. */
export interface NodeRef {
  id: NodeId;
  kind: NodeKind;
  name: Name;
}

export interface ErrorBody {
  error: string;
  message: string;
  /** Per-field problems for validation errors. */
  issues?: { path: string; message: string }[];
}

export interface Health {
  ok: boolean;
  store: "embedded" | "neo4j";
  message?: string;
}

export interface Stats {
  store: "embedded" | "neo4j";
  nodes: Record<NodeKind, number>;
  edges: Record<EdgeKind, number>;
  articles: number;
  /** Earliest and latest event date in the graph. */
  dateRange: { from: string | null; to: string | null };
}

export interface GraphPayload {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when the limit cut the result; `total` says how much there was. */
  truncated: boolean;
  total: { nodes: number; edges: number };
}

export interface SearchHit {
  node: NodeRef;
  score: number;
  /** The name or alias that matched. */
  matched: string;
  /** A sentence from an article that mentions the node, when there is one. */
  snippet: string | null;
}

export interface OfficeHeld {
  office: Name;
  of: NodeRef;
  from: string | null;
  to: string | null;
  evidence: Provenance[];
}

export interface EventSummary {
  event: GraphNode;
  /** This node's role in it, when the node is a participant. */
  role: string | null;
  participants: NodeRef[];
  place: NodeRef | null;
  topics: NodeRef[];
  articles: ArticleId[];
  evidence: Provenance[];
}

export interface NodeDetails {
  node: GraphNode;
  offices: OfficeHeld[];
  /** Events this node took part in (or, for an event, itself; for a place, held there), by date. */
  events: EventSummary[];
  /** Every article sentence that mentions the node, mention offsets included. */
  mentions: Provenance[];
  articles: ArticleSummary[];
  degree: number;
}

export interface PathStep {
  edge: GraphEdge;
  from: NodeRef;
  to: NodeRef;
}

export interface GraphPath {
  nodes: NodeRef[];
  steps: PathStep[];
}

export interface PathResult {
  paths: GraphPath[];
}

export interface TimelinePayload {
  events: EventSummary[];
  truncated: boolean;
}

export interface ArticleSummary {
  id: ArticleId;
  title: string | null;
  published: string | null;
  publishedPrecision: DatePrecision | null;
  source: string | null;
  language: string;
  length: number;
}

export const SPAN_KINDS = ["mention", "evidence"] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];

export interface ArticleSpan {
  start: number;
  end: number;
  kind: SpanKind;
  node: NodeRef;
}

export interface ArticleDoc extends ArticleSummary {
  text: string;
  spans: ArticleSpan[];
}

export interface IngestResult {
  article: ArticleSummary;
  dryRun: boolean;
  /** Nodes the graph did not have before. */
  added: NodeRef[];
  /** Nodes the article mentions that the graph already had. */
  merged: NodeRef[];
  edgesAdded: number;
  extraction: Extraction;
}

export { DATE_PRECISIONS };
