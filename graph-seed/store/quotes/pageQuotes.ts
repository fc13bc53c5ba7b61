/**
 * Bounds on the quotes one answer carries. A leader named 15,791 times once made node details of 7.2 MB.
 * Details carry one page of mentions and at most `quotesPerItem` quotes per edge or event, and say how
 * many there were. Both stores page their details with these rules (the Neo4j store pages the mentions in
 * the database and caps the rest here); the API caps a neighbourhood's quotes with them.
 */
import type { GraphPayload, NodeDetails, TieSummary } from "../../../model/api.ts";
import type { GraphEdge, Provenance } from "../../../model/graph.ts";

export interface QuotePage {
  mentionsOffset: number;
  mentionsLimit: number;
  quotesPerItem: number;
}

/** Whether a details query names a page of quotes (the API always does; a store's own callers may not). */
export const quotePageOf = (q: Partial<QuotePage> | undefined): QuotePage | null =>
  q?.mentionsOffset !== undefined && q.mentionsLimit !== undefined && q.quotesPerItem !== undefined
    ? { mentionsOffset: q.mentionsOffset, mentionsLimit: q.mentionsLimit, quotesPerItem: q.quotesPerItem }
    : null;

function capped<T extends { evidence: Provenance[]; evidenceTotal?: number }>(item: T, max: number): T {
  if (item.evidence.length <= max) return item;
  return { ...item, evidence: item.evidence.slice(0, max), evidenceTotal: item.evidence.length };
}

const cappedEdge = (edge: GraphEdge | null, max: number) => (edge ? capped(edge, max) : null);

const cappedTie = (tie: TieSummary, max: number): TieSummary => ({
  ...tie,
  met: cappedEdge(tie.met, max),
  spoke: cappedEdge(tie.spoke, max),
});

/** Everything but the mentions: at most `max` quotes per tie, event and office. */
export function capDetailsQuotes(details: NodeDetails, max: number): NodeDetails {
  return {
    ...details,
    ties: details.ties.map((t) => cappedTie(t, max)),
    events: details.events.map((e) => capped(e, max)),
    offices: details.offices.map((o) => ({ ...o, evidence: o.evidence.slice(0, max) })),
  };
}

export function pageDetails(details: NodeDetails, page: QuotePage): NodeDetails {
  return {
    ...capDetailsQuotes(details, page.quotesPerItem),
    mentions: details.mentions.slice(page.mentionsOffset, page.mentionsOffset + page.mentionsLimit),
    mentionsTotal: details.mentions.length,
  };
}

export function capPayloadQuotes(payload: GraphPayload, quotesPerItem: number): GraphPayload {
  return { ...payload, edges: payload.edges.map((e) => capped(e, quotesPerItem)) };
}
