/**
 * Review statuses as the reads see them: which facts a filter shows, and the review a change leaves.
 * Shared by both stores so "rejected is hidden" and "confirmed only" mean the same everywhere.
 */
import type { ReviewFilter } from "../../../model/api.ts";
import { type FactKind, UNREVIEWED } from "../../../model/curation.ts";
import type { GraphEdge, GraphNode, Review, ReviewStatus } from "../../../model/graph.ts";
import { ENTITY_TYPES, type NodeKind } from "../../../model/kinds.ts";

export const reviewOf = (record: { review?: Review } | null | undefined): Review =>
  record?.review ?? UNREVIEWED;

const statusOf = (record: { review?: Review }): ReviewStatus => record.review?.status ?? "extracted";
const vouched = (record: { review?: Review }) => ["confirmed", "edited"].includes(statusOf(record));
export const isRejected = (record: { review?: Review }) => statusOf(record) === "rejected";

export const isEntityKind = (kind: NodeKind) => (ENTITY_TYPES as readonly string[]).includes(kind);

/** The kind of fact a record is, or null for records that carry no status (articles, mentions, ties…). */
export function factKindOf(record: GraphNode | GraphEdge): FactKind | null {
  if ("source" in record) {
    if (record.kind === "PARTICIPATED_IN") return "participation";
    return record.kind === "HOLDS_OFFICE" ? "office" : null;
  }
  if (record.kind === "Event") return "event";
  return isEntityKind(record.kind) ? "entity" : null;
}

/** True when no read needs filtering: nothing is hidden, nothing demanded. */
export const isUnfiltered = (f: ReviewFilter) => f.includeRejected && !f.confirmedOnly;

/**
 * Whether a node shows under a filter. confirmedOnly asks that events be confirmed or edited; entities
 * only need not to be rejected (they are names, vouched for by the facts that use them).
 */
export function nodeShown(node: GraphNode, f: ReviewFilter): boolean {
  if (node.kind === "Event" && f.confirmedOnly) return vouched(node);
  if (node.kind === "Event" || isEntityKind(node.kind)) return f.includeRejected || !isRejected(node);
  return true;
}

/**
 * Whether an edge shows (its ends must show too). A participation only needs not to be rejected, since
 * under confirmedOnly its event is vouched for; an office must be vouched for, or come from the catalog.
 */
export function edgeShown(edge: GraphEdge, f: ReviewFilter): boolean {
  if (edge.kind === "HOLDS_OFFICE" && f.confirmedOnly) return vouched(edge) || edge.origin === "catalog";
  if (edge.kind === "PARTICIPATED_IN" || edge.kind === "HOLDS_OFFICE") {
    return (f.includeRejected && !f.confirmedOnly) || !isRejected(edge);
  }
  return true;
}
