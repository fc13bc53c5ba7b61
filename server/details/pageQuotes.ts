/**
 * Bounds on the quotes one answer carries. Stores return every sentence behind a node; a leader named
 * 15,791 times made node details of 7.2 MB. The API sends one page of mentions and at most
 * `quotesPerItem` quotes per edge or event, and says how many there were.
 */
import type { GraphPayload, NodeDetails, TieSummary } from "../../model/api.ts";
import type { GraphEdge, Provenance } from "../../model/graph.ts";

export interface QuotePage {
  mentionsOffset: number;
  mentionsLimit: number;
  quotesPerItem: number;
}

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

export function pageDetails(details: NodeDetails, page: QuotePage): NodeDetails {
  const max = page.quotesPerItem;
  return {
    ...details,
    ties: details.ties.map((t) => cappedTie(t, max)),
    events: details.events.map((e) => capped(e, max)),
    offices: details.offices.map((o) => ({ ...o, evidence: o.evidence.slice(0, max) })),
    mentions: details.mentions.slice(page.mentionsOffset, page.mentionsOffset + page.mentionsLimit),
    mentionsTotal: details.mentions.length,
  };
}

export function capPayloadQuotes(payload: GraphPayload, quotesPerItem: number): GraphPayload {
  return { ...payload, edges: payload.edges.map((e) => capped(e, quotesPerItem)) };
}
