/**
 * Review and curation (issue 10): the statuses on facts, the changes editors make, the audit log that
 * records them and the corrections that survive a reseed. Request schemas are zod (validated by the
 * server); response shapes are plain types shared by server, stores and the web client.
 *
 * One change = one audit entry = one correction. A correction holds the editor's intent (`input`), so
 * it can be applied again to a freshly extracted graph, and the records it touched `before` and `after`.
 */
import { z } from "zod";
import type { ArticleSummary, ErrorBody, NodeRef } from "./api.ts";
import { isoDay, nodeIdParam, queryInt } from "./api.ts";
import type { GraphEdge, GraphNode, Provenance, Review } from "./graph.ts";
import { DATE_PRECISIONS, ENTITY_TYPES, EVENT_TYPES } from "./kinds.ts";

export type { Review, ReviewStatus } from "./graph.ts";
export { REVIEW_STATUSES } from "./graph.ts";

/** A record without `review` is extracted and unreviewed, version 0. */
export const UNREVIEWED: Review = { status: "extracted", by: null, at: null, version: 0 };

/**
 * The facts that carry a status: an event (Event node), a participation (PARTICIPATED_IN edge), an
 * entity (Person, Country, Place, Organization or Topic node) and an office (HOLDS_OFFICE edge).
 */
export const FACT_KINDS = ["event", "participation", "entity", "office"] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** A fact named by kind and id (node id for events and entities, edge id for participations and offices). */
export const factRefSchema = z.object({ kind: z.enum(FACT_KINDS), id: nodeIdParam });
export type FactRef = z.infer<typeof factRefSchema>;

/**
 * A span of an article: where a fact is stated. Corrections keep the spans of their target so that a
 * target whose id changed (the extractor changed) can still be found by its sentence.
 */
export const sourceSpanSchema = z
  .object({
    articleId: z.string().min(1).max(500),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .refine((s) => s.end > s.start, { message: "end must be after start", path: ["end"] });
export type SourceSpan = z.infer<typeof sourceSpanSchema>;

const version = z.number().int().min(0);
const reason = z.string().trim().max(2000).optional();
const nameSchema = z.object({
  ar: z.string().trim().min(1, "the Arabic name must not be empty").max(300),
  en: z.string().trim().min(1).max(300).nullable(),
});
/** Event interval ends are whole days. */
const isoFullDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
  .pipe(isoDay);
const participantSchema = z.object({ id: nodeIdParam, role: z.string().trim().max(100).nullish() });
const idArray = (max: number) => z.array(nodeIdParam).max(max);

// ── Requests ─────────────────────────────────────────────────────────────────

/** POST /api/review/status: confirm or reject one fact of any kind. */
export const statusBodySchema = z.object({
  target: factRefSchema,
  status: z.enum(["confirmed", "rejected"]),
  /** The `review.version` the editor saw (0 for a never-reviewed fact). */
  version,
  reason,
});
export type StatusBody = z.infer<typeof statusBodySchema>;

/** POST /api/review/confirm: confirm a selection at once; all or nothing (one stale version → 409, nothing written). */
export const bulkConfirmBodySchema = z.object({
  items: z.array(factRefSchema.extend({ version })).min(1).max(500),
  reason,
});
export type BulkConfirmBody = z.infer<typeof bulkConfirmBodySchema>;

/**
 * What an event edit may change; at least one field. Fields left out keep their value. `date` sets the
 * date (precision from its length unless given); `dateFrom`/`dateTo` set the interval the event lies in.
 * `topics` replaces the whole set; participants are added (with an optional role) or removed.
 */
export const eventChangesSchema = z
  .object({
    type: z.enum(EVENT_TYPES).optional(),
    date: isoDay.nullable().optional(),
    datePrecision: z.enum(DATE_PRECISIONS).nullable().optional(),
    dateFrom: isoFullDay.nullable().optional(),
    dateTo: isoFullDay.nullable().optional(),
    place: nodeIdParam.nullable().optional(),
    addParticipants: z.array(participantSchema).max(50).optional(),
    removeParticipants: idArray(50).optional(),
    topics: idArray(50).optional(),
    planned: z.boolean().optional(),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), "give at least one change")
  .refine((c) => !(c.dateFrom && c.dateTo && c.dateFrom > c.dateTo), {
    message: "dateFrom is after dateTo",
    path: ["dateFrom"],
  });
export type EventChanges = z.infer<typeof eventChangesSchema>;

/** POST /api/events/:id/edit */
export const eventEditBodySchema = z.object({ version, changes: eventChangesSchema, reason });
export type EventEditBody = z.infer<typeof eventEditBodySchema>;

/**
 * POST /api/events: a fact added by hand, only with its quote: `source` must lie inside the article's
 * text, and the server takes the quote from there. The event's id derives from that span.
 */
export const eventAddBodySchema = z.object({
  source: sourceSpanSchema,
  type: z.enum(EVENT_TYPES),
  date: isoDay.nullable().default(null),
  datePrecision: z.enum(DATE_PRECISIONS).nullable().optional(),
  dateFrom: isoFullDay.nullable().optional(),
  dateTo: isoFullDay.nullable().optional(),
  participants: z.array(participantSchema).min(1).max(50),
  place: nodeIdParam.nullable().default(null),
  topics: idArray(50).default([]),
  planned: z.boolean().default(false),
  reason,
});
export type EventAddBody = z.infer<typeof eventAddBodySchema>;

/** POST /api/entities/:id/edit: rename (either script), change kind, add aliases; at least one. */
export const entityEditBodySchema = z.object({
  version,
  changes: z
    .object({
      name: nameSchema.optional(),
      kind: z.enum(ENTITY_TYPES).optional(),
      addAliases: z.array(z.string().trim().min(1).max(300)).max(50).optional(),
    })
    .refine((c) => Object.values(c).some((v) => v !== undefined), "give at least one change"),
  reason,
});
export type EntityEditBody = z.infer<typeof entityEditBodySchema>;

/**
 * POST /api/entities/:id/merge: the entity in the path goes away into `into`: names become aliases,
 * every edge is re-pointed, ties recomputed. Both versions are checked.
 */
export const mergeBodySchema = z.object({
  into: nodeIdParam,
  version,
  intoVersion: version,
  reason,
});
export type MergeBody = z.infer<typeof mergeBodySchema>;

/**
 * POST /api/entities/:id/split: undo a wrong merge by moving some of the entity's edges (e.g. its
 * PARTICIPATED_IN and HOLDS_OFFICE edges, by edge id) and mentions (by span) to a new entity.
 */
export const splitBodySchema = z
  .object({
    version,
    name: nameSchema,
    /** Default: the kind of the entity split. */
    kind: z.enum(ENTITY_TYPES).optional(),
    edges: idArray(500).default([]),
    mentions: z.array(sourceSpanSchema).max(500).default([]),
    reason,
  })
  .refine((b) => b.edges.length + b.mentions.length > 0, "move at least one edge or mention");
export type SplitBody = z.infer<typeof splitBodySchema>;

/** POST /api/entities: an entity added by hand, from the span of a mention. */
export const entityAddBodySchema = z.object({
  source: sourceSpanSchema,
  kind: z.enum(ENTITY_TYPES),
  name: nameSchema,
  aliases: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
  reason,
});
export type EntityAddBody = z.infer<typeof entityAddBodySchema>;

/** POST /api/offices: an office added by hand, with the sentence that states it. */
export const officeAddBodySchema = z
  .object({
    person: nodeIdParam,
    of: nodeIdParam,
    office: nameSchema,
    from: isoDay.nullable().default(null),
    to: isoDay.nullable().default(null),
    source: sourceSpanSchema,
    reason,
  })
  .refine((b) => !(b.from && b.to && b.from > b.to), { message: "from is after to", path: ["from"] });
export type OfficeAddBody = z.infer<typeof officeAddBodySchema>;

/** POST /api/offices/:id/edit: end an office (`to`), correct its start or its title. */
export const officeEditBodySchema = z.object({
  version,
  changes: z
    .object({
      office: nameSchema.optional(),
      from: isoDay.nullable().optional(),
      to: isoDay.nullable().optional(),
    })
    .refine((c) => Object.values(c).some((v) => v !== undefined), "give at least one change"),
  reason,
});
export type OfficeEditBody = z.infer<typeof officeEditBodySchema>;

/** POST /api/audit/:id/revert */
export const revertBodySchema = z.object({ reason });
export type RevertBody = z.infer<typeof revertBodySchema>;

/** GET /api/review/queue: unreviewed events (status extracted), lowest confidence first. */
export const reviewQueueQuerySchema = z.object({
  limit: queryInt(1, 200, 20),
  offset: queryInt(0, 1_000_000, 0),
});
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuerySchema>;

export const AUDIT_FORMATS = ["json", "csv"] as const;
/** GET /api/audit: newest first. `from`/`to` are ISO days or timestamps, inclusive. */
export const auditQuerySchema = z.object({
  by: z.string().min(1).max(200).optional(),
  target: nodeIdParam.optional(),
  from: z.iso.datetime({ offset: true }).or(isoDay).optional(),
  to: z.iso.datetime({ offset: true }).or(isoDay).optional(),
  format: z.enum(AUDIT_FORMATS).default("json"),
  limit: queryInt(1, 5000, 200),
  offset: queryInt(0, 1_000_000, 0),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

// ── The intent of a change (what a correction re-applies) ───────────────────

/**
 * Every change a store can apply, as the editor meant it. Routes turn requests into these; the store
 * applies them now (checking versions) and again after a reseed (finding targets by id or span).
 */
export type CurationInput =
  | { action: "set-status"; target: FactRef; status: "confirmed" | "rejected"; version: number }
  | { action: "edit-event"; id: string; version: number; changes: EventChanges }
  | { action: "add-event"; event: Omit<EventAddBody, "reason"> }
  | { action: "edit-entity"; id: string; version: number; changes: EntityEditBody["changes"] }
  | { action: "merge-entities"; id: string; version: number; into: string; intoVersion: number }
  | { action: "split-entity"; id: string; version: number; split: Omit<SplitBody, "reason" | "version"> }
  | { action: "add-entity"; entity: Omit<EntityAddBody, "reason"> }
  | { action: "add-office"; office: Omit<OfficeAddBody, "reason"> }
  | { action: "edit-office"; id: string; version: number; changes: OfficeEditBody["changes"] }
  | { action: "revert"; entryId: string };
export type CurationAction = CurationInput["action"];

/** Who makes a change and why. */
export interface Actor {
  name: string;
  reason?: string | null;
}

// ── Responses ────────────────────────────────────────────────────────────────

/** The records a change touched, as they were (before) or became (after); null = did not exist. */
export interface FactRecords {
  nodes: Record<string, GraphNode | null>;
  edges: Record<string, GraphEdge | null>;
}

/** One change: an audit entry, and the correction re-applied after every reseed. Append-only. */
export interface AuditEntry {
  /** Unique, sortable: `c-<timestamp>-<random>`. */
  id: string;
  at: string;
  by: string;
  action: CurationAction;
  /** The main fact changed (for a merge: the entity that went away). */
  target: FactRef;
  /** Every node and edge id the change touched: what history and revert conflicts look at. */
  touched: string[];
  /** Where the target is stated, to find it again by its sentence when its id changed. */
  anchors: SourceSpan[];
  input: CurationInput;
  before: FactRecords;
  after: FactRecords;
  reason: string | null;
  /** For a revert: the entry it reverted. */
  revertOf: string | null;
  /** Set on reads: the later entry that reverted this one. */
  revertedBy?: string | null;
}

/** A fact after a change: its new review, for the client to carry the new version. */
export interface ReviewedFact extends FactRef {
  review: Review;
}

/** The answer to every write. */
export interface CurationResult {
  entries: AuditEntry[];
  /** The review of each fact the change set a status on. */
  reviews: ReviewedFact[];
  /** Ids of nodes or edges the change created (added event, split entity, added office). */
  created: string[];
}

/** A participant as the review queue shows it: the PARTICIPATED_IN edge carries its own review. */
export interface QueueParticipant extends NodeRef {
  edgeId: string;
  role: string | null;
  confidence: number | null;
  review: Review;
}

/** One event to review, with what the UI needs to show its sentence highlighted in the article. */
export interface ReviewQueueItem {
  event: GraphNode;
  review: Review;
  /** The articles that report it, first the one to show. */
  articles: ArticleSummary[];
  /** Evidence spans (articleId, start, end, quote) to highlight. */
  evidence: Provenance[];
  participants: QueueParticipant[];
  place: NodeRef | null;
  topics: NodeRef[];
}

export interface ReviewQueuePage {
  items: ReviewQueueItem[];
  /** Unreviewed events left in all (not just on this page). */
  remaining: number;
  offset: number;
  limit: number;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Entries matching the filters, before paging. */
  total: number;
}

/** A correction whose target is gone after a reseed; kept and listed, never dropped. */
export interface OrphanedCorrection {
  entry: AuditEntry;
  reason: string;
}

/** What re-applying the corrections after a (re)load did. */
export interface ReapplyReport {
  applied: number;
  orphaned: OrphanedCorrection[];
}

/** A fact whose version moved on since the editor saw it. */
export interface Conflict {
  kind: FactKind;
  id: string;
  expected: number;
  current: Review;
  record: GraphNode | GraphEdge | null;
}

/** 409 body: the change was refused; `conflicts` (stale versions) carry the current state. */
export interface ConflictBody extends ErrorBody {
  conflicts?: Conflict[];
}
