/**
 * The HTTP API's contract: request schemas (zod, validated by the server) and response shapes
 * (used by the server, the store and the web client alike).
 */
import { z } from "zod";
import { onCalendar, reversedRange, YEARS } from "./calendar.ts";
import type { Extraction } from "./extraction.ts";
import type { GraphEdge, GraphNode, Name, Provenance, Review } from "./graph.ts";
import type { ArticleId, NodeId } from "./ids.ts";
import {
  DATE_PRECISIONS,
  type DatePrecision,
  type EdgeKind,
  EVENT_TYPES,
  GRAPH_VIEWS,
  NODE_KINDS,
  type NodeKind,
  TIE_KINDS,
} from "./kinds.ts";

export { onCalendar, reversedRange, YEARS };

/** The longest article any way in (API, seeder, corpus drop) accepts, in UTF-16 code units. */
export const MAX_ARTICLE_CHARS = 200_000;

export const isoDay = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(onCalendar, `no such date on the calendar (years ${YEARS.min}–${YEARS.max})`);

/** `from` after `to` can only match nothing, so it is a mistake rather than an empty answer. */
export const orderedRange = (q: { from?: string; to?: string }, ctx: z.RefinementCtx) => {
  if (q.from && q.to && reversedRange(q.from, q.to)) {
    ctx.addIssue({ code: "custom", path: ["from"], message: `from (${q.from}) is after to (${q.to})` });
  }
};

/**
 * A whole number from a query string (or a number, for callers that already have one). Digits only:
 * z.coerce.number() would also take "", " 1", "0x10" and "1e3".
 */
export const queryInt = (min: number, max: number, fallback: number) =>
  z
    .preprocess(
      (v) => (typeof v === "number" ? String(v) : v),
      z.string().regex(/^\d+$/, "expected a whole number").transform(Number),
    )
    .pipe(z.number().int().min(min).max(max))
    // An input-side default (prefault) and explicit metadata, so the OpenAPI document still shows the
    // bounds and the default that the string-to-number steps would hide.
    .prefault(fallback)
    .meta({ type: "integer", minimum: min, maximum: max });

/**
 * Node ids are slugs joined by ":" and "+"; an event's id names all its participants, so a summit's can
 * be long. The cap only keeps absurd input out.
 */
export const MAX_ID_LENGTH = 2000;
export const nodeIdParam = z.string().min(1).max(MAX_ID_LENGTH);

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
export const queryBool = z.union([z.boolean(), z.stringbool()]);

/**
 * Review filters every read takes (issue 10): rejected facts are hidden unless `includeRejected`;
 * `confirmedOnly` keeps only facts an editor confirmed or edited (see model/curation.ts).
 */
export const reviewFilterShape = {
  includeRejected: queryBool.default(false),
  confirmedOnly: queryBool.default(false),
};
export interface ReviewFilter {
  includeRejected: boolean;
  confirmedOnly: boolean;
}
/** What a read without review parameters sees: everything but rejected facts. */
export const DEFAULT_REVIEW_FILTER: ReviewFilter = { includeRejected: false, confirmedOnly: false };

const idList = z
  .string()
  .max(4000)
  .transform((s) =>
    s
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean),
  );

const graphQueryShape = z.object({
  view: z.enum(GRAPH_VIEWS).default("events"),
  kinds: csvOf(NODE_KINDS).optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  /** Only ties met/spoken that many times (people view) or entities in that many events (events view). */
  minWeight: queryInt(1, 1000, 1),
  /** People view: which derived ties to draw, MET (in person) and SPOKE_WITH (calls); default both. */
  ties: csvOf(TIE_KINDS).optional(),
  /** Only events that discussed one of these topic ids (and what they connect). */
  topics: idList.optional(),
  /** Include events that are only planned. */
  includePlanned: queryBool.default(true),
  limit: queryInt(1, 20000, 2000),
  ...reviewFilterShape,
});
export const graphQuerySchema = graphQueryShape.superRefine(orderedRange);
export type GraphQuery = z.infer<typeof graphQuerySchema>;

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, "q must not be empty").max(200),
  kinds: csvOf(NODE_KINDS).optional(),
  limit: queryInt(1, 50, 10),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/**
 * How many quotes one edge or event carries in an answer: a leader named in thousands of sentences
 * once made a 7.2 MB details answer that took 5 s to show. The rest are counted in `evidenceTotal`.
 */
const quotesPerItem = queryInt(1, 200, 20);

export const neighbourhoodQuerySchema = z.object({
  depth: queryInt(1, 3, 1),
  kinds: csvOf(NODE_KINDS).optional(),
  limit: queryInt(1, 5000, 200),
  quotesPerItem,
  ...reviewFilterShape,
});

/** GET /api/nodes/:id: which facts the details show, and one page of the sentences that mention the node. */
export const nodeQuerySchema = z.object({
  ...reviewFilterShape,
  mentionsOffset: queryInt(0, 10_000_000, 0),
  mentionsLimit: queryInt(1, 1000, 100),
  quotesPerItem,
});
export type NodeQuery = z.infer<typeof nodeQuerySchema>;
export type NeighbourhoodQuery = z.infer<typeof neighbourhoodQuerySchema>;

export const pathQuerySchema = z.object({
  from: nodeIdParam,
  to: nodeIdParam,
  k: queryInt(1, 10, 3),
  maxLength: queryInt(1, 8, 6),
  /** Which graph to walk: the events graph (entity–event–entity) or the MET / SPOKE_WITH ties. */
  view: z.enum(GRAPH_VIEWS).default("events"),
  ...reviewFilterShape,
});
export type PathQuery = z.infer<typeof pathQuerySchema>;

export const timelineQuerySchema = z
  .object({
    participant: nodeIdParam.optional(),
    types: csvOf(EVENT_TYPES).optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    includePlanned: queryBool.default(true),
    limit: queryInt(1, 5000, 500),
    ...reviewFilterShape,
  })
  .superRefine(orderedRange);
export type TimelineQuery = z.infer<typeof timelineQuerySchema>;

export const ingestBodySchema = z.object({
  text: z.string().min(1, "text must not be empty").max(MAX_ARTICLE_CHARS),
  title: z.string().max(500).nullish(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "published must be YYYY-MM-DD")
    .refine(onCalendar, `no such date on the calendar (years ${YEARS.min}–${YEARS.max})`)
    .nullish(),
  source: z.string().max(300).nullish(),
  /** Extract and report what would change, without writing anything. */
  dryRun: z.boolean().default(false),
});
export type IngestBody = z.infer<typeof ingestBodySchema>;

export const EXPORT_FORMATS = ["json", "graphml", "gexf", "csv-nodes", "csv-edges"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const exportQuerySchema = graphQueryShape
  .extend({ format: z.enum(EXPORT_FORMATS) })
  .superRefine(orderedRange);
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
  /** The HOLDS_OFFICE edge's review, when an editor reviewed it (absent: extracted). */
  review?: Review;
}

export interface EventSummary {
  event: GraphNode;
  /** This node's role in it, when the node is a participant. */
  role: string | null;
  participants: NodeRef[];
  /** Participant id → how sure the extractor is that it took part (0–1); only those it scored. */
  participantConfidence: Record<string, number>;
  /** Participant id → the review of its PARTICIPATED_IN edge; only those an editor reviewed. */
  participantReview?: Record<string, Review>;
  place: NodeRef | null;
  topics: NodeRef[];
  articles: ArticleId[];
  evidence: Provenance[];
  /** How many quotes the event has when the API sent fewer (`quotesPerItem`); absent when all were sent. */
  evidenceTotal?: number;
}

/**
 * A person's tie to another person: the MET edge (distinct occasions in person) and the SPOKE_WITH edge
 * (distinct calls), whichever exist, so a panel can say "met 2 times · spoke once".
 */
export interface TieSummary {
  other: NodeRef;
  met: GraphEdge | null;
  spoke: GraphEdge | null;
}

export interface NodeDetails {
  node: GraphNode;
  offices: OfficeHeld[];
  /** Person: everyone they met or spoke with, most occasions first; empty for other kinds. */
  ties: TieSummary[];
  /** Events this node took part in (or, for an event, itself; for a place, held there), by date. */
  events: EventSummary[];
  /** The article sentences that mention the node, mention offsets included: one page of them, in order. */
  mentions: Provenance[];
  /** How many sentences mention the node in all (set by the API, which pages `mentions`). */
  mentionsTotal?: number;
  articles: ArticleSummary[];
  degree: number;
}

export interface PathStep {
  edge: GraphEdge;
  from: NodeRef;
  to: NodeRef;
  /** A sentence of the edge's evidence that names both ends; null when none does. */
  quote: Provenance | null;
  /** True when no sentence names both ends: the step is read off other facts, which `reason` names. */
  inferred: boolean;
  reason: string | null;
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
  /** The text's first line, cut short: what lists show for an article without a title. */
  lede?: string | null;
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

/** GET /api/session: who is signed in, and what the web app needs to make writes on their behalf. */
/** Signing in. Only the lengths are checked here: the rules for a good name or password are not told to a guesser. */
export const signInBodySchema = z.object({
  name: z.string().min(1, "name must not be empty").max(200),
  password: z.string().min(1, "password must not be empty").max(1024),
});
export type SignInBody = z.infer<typeof signInBodySchema>;

/** An account as the API shows it: never its password hash. */
export interface UserSummary {
  name: string;
  role: "viewer" | "editor" | "admin";
  created: string;
}

export interface SessionInfo {
  user: { name: string; role: "viewer" | "editor" | "admin" } | null;
  /** Sent back in the `x-csrf-token` header on every write; null when nobody is signed in. */
  csrfToken: string | null;
  /** False when no account exists yet: the server is read-only until one is made. */
  usersConfigured: boolean;
}

/** POST /api/corpus/reseed: the graph rebuilt from the corpus folder, editors' corrections applied again. */
export interface ReseedResult {
  /** Articles loaded. */
  read: number;
  /** Files or articles that could not be loaded, and why. */
  skipped: { file: string; reason: string }[];
  /** Corrections applied again, and those whose target the new extraction no longer has. */
  corrections: { applied: number; orphaned: number };
  nodes: number;
  edges: number;
  ms: number;
}
