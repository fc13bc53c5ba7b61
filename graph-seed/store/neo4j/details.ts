/** node(id) and timeline(query) on Neo4j: read the part of the graph the answer needs, then assemble it like the embedded store. */
import {
  DEFAULT_REVIEW_FILTER,
  type NodeDetails,
  type ReviewFilter,
  type TimelinePayload,
  type TimelineQuery,
} from "../../../model/api.ts";
import { firstDayOf, lastDayOf } from "../../../model/dateInterval.ts";
import type { GraphEdge } from "../../../model/graph.ts";
import { articleIdOfNode, type NodeId } from "../../../model/ids.ts";
import type { NodeDetailsQuery } from "../../../model/store.ts";
import { nodeDetails } from "../memory/details.ts";
import { hideInPlace } from "../memory/reviewView.ts";
import { timelineQuery } from "../memory/timeline.ts";
import { capDetailsQuotes, type QuotePage, quotePageOf } from "../quotes/pageQuotes.ts";
import { readSummaries } from "./articles.ts";
import { chunks } from "./batches.ts";
import { READ_NODES_BY_ID } from "./cypher.ts";
import {
  NODE_DETAILS_AROUND,
  NODE_EVENT_CONTEXT,
  NODE_MENTIONS_PAGE,
  TIMELINE_EVENTS,
  TIMELINE_OF_PARTICIPANT,
} from "./cypherReads.ts";
import { decodeEvidence } from "./evidence.ts";
import { reviewParams } from "./reviewParams.ts";
import type { CypherRunner, Row } from "./session.ts";
import { SubgraphBuilder } from "./subgraph.ts";
import { asMap, toCypherInt, toJsNumber } from "./values.ts";

/** No cap asked for: every quote (a list longer than this cannot be stored). */
const WHOLE = Number.MAX_SAFE_INTEGER;

/**
 * What the summaries of some events show (NODE_EVENT_CONTEXT), as the review filter shows them, with at
 * most `quotes` report sentences per event; returns how many each event has.
 */
async function addEventContext(
  db: CypherRunner,
  builder: SubgraphBuilder,
  eventIds: string[],
  f: ReviewFilter,
  quotes = WHOLE,
): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  for (const ids of chunks(eventIds)) {
    const rows = await db.read(NODE_EVENT_CONTEXT, { ids, quotes: toCypherInt(quotes), ...reviewParams(f) });
    builder.addRows(rows, ["other"]);
    for (const row of rows) totals.set(String(row.event), toJsNumber(row.eventQuotes));
  }
  return totals;
}

/** Some events and what their summaries show, every quote. */
async function addEvents(db: CypherRunner, builder: SubgraphBuilder, eventIds: string[], f: ReviewFilter) {
  for (const ids of chunks(eventIds)) {
    for (const row of await db.read(READ_NODES_BY_ID, { ids })) builder.addNodeProps(asMap(row.props));
    await addEventContext(db, builder, ids, f);
  }
}

/** Summaries of every article node in the subgraph, so article lists can be filled in. */
async function addArticleSummaries(db: CypherRunner, builder: SubgraphBuilder) {
  const ids = builder.nodeIds().flatMap((id) => articleIdOfNode(id as NodeId) ?? []);
  if (ids.length === 0) return;
  for (const summary of await readSummaries(db, ids)) builder.addArticle(summary);
}

/** One page of the sentences that mention the node, and how many there are. */
async function mentionsPage(db: CypherRunner, id: NodeId, page: QuotePage | null) {
  const [row] = await db.read(NODE_MENTIONS_PAGE, {
    id,
    offset: toCypherInt(page?.mentionsOffset ?? 0),
    limit: toCypherInt(page?.mentionsLimit ?? ALL_MENTIONS),
  });
  const raw = Array.isArray(row?.page) ? row.page : [];
  return { mentions: raw.map((r) => decodeEvidence(String(r))), total: row ? toJsNumber(row.total) : 0 };
}

/** No page asked for (a store's own callers): every mention, as the GraphStore contract says. */
const ALL_MENTIONS = WHOLE;

/**
 * The quotes the database cut are counted as the embedded store counts what it cuts: `evidenceTotal` on
 * a tie or an event whose whole list is longer than the cap (offices carry no count).
 */
function withTotals(
  details: NodeDetails,
  max: number,
  tieTotals: Map<string, number>,
  eventTotals: Map<string, number>,
): NodeDetails {
  const counted = <T extends { evidenceTotal?: number }>(item: T, total: number | undefined): T =>
    total !== undefined && total > max ? { ...item, evidenceTotal: total } : item;
  const edge = (e: GraphEdge | null) => (e ? counted(e, tieTotals.get(e.id)) : null);
  return {
    ...details,
    ties: details.ties.map((t) => ({ ...t, met: edge(t.met), spoke: edge(t.spoke) })),
    events: details.events.map((e) => counted(e, eventTotals.get(e.event.id))),
  };
}

/**
 * node(id) on Neo4j: the database filters the node's relationships and its events' context by the review
 * filter, pages the mentions and cuts the other quotes to the page's `quotesPerItem`; the embedded store's
 * code assembles the answer from that subgraph. Under confirmedOnly it recounts the node's ties from the
 * vouched-for events, as the embedded store does, so their participations and reports come whole.
 */
export async function readNodeDetails(
  db: CypherRunner,
  id: NodeId,
  query: NodeDetailsQuery = DEFAULT_REVIEW_FILTER,
): Promise<NodeDetails | null> {
  const review = reviewParams(query);
  const page = quotePageOf(query);
  const quotes = page?.quotesPerItem ?? WHOLE;
  const [found] = await db.read(NODE_DETAILS_AROUND, { id, quotes: toCypherInt(quotes), ...review });
  if (!found) return null;
  // The page of mentions does not depend on the rest: asked for alongside.
  const mentioned = mentionsPage(db, id, page);
  mentioned.catch(() => undefined);
  const around = (Array.isArray(found.rels) ? found.rels : []).map((rel) => asMap(rel) as Row);
  const builder = new SubgraphBuilder().addNodeProps(asMap(found.node)).addRows(around, ["other"]);
  const tieTotals = new Map(
    around.map((rel) => [String(asMap(rel.props).id), toJsNumber(rel.evidenceTotal)]),
  );
  // Its events (or itself, for an event) with everything an event summary shows.
  const eventTotals = await addEventContext(
    db,
    builder,
    builder.idsOfKind("Event"),
    query,
    query.confirmedOnly ? WHOLE : quotes,
  );
  await addArticleSummaries(db, builder);
  const state = builder.build();
  const details = nodeDetails({ ...state, graph: hideInPlace(state.graph, query) }, id);
  const { mentions, total } = await mentioned;
  if (!details) return null;
  if (!page) return { ...details, mentions };
  const capped = capDetailsQuotes(details, page.quotesPerItem);
  return {
    ...withTotals(capped, page.quotesPerItem, tieTotals, eventTotals),
    mentions,
    mentionsTotal: total,
  };
}

export async function readTimeline(db: CypherRunner, q: TimelineQuery): Promise<TimelinePayload> {
  const statement = q.participant ? TIMELINE_OF_PARTICIPANT : TIMELINE_EVENTS;
  const rows = await db.read(statement, {
    types: q.types?.length ? q.types : null,
    includePlanned: q.includePlanned !== false,
    // The range as whole days, as the shared code reads it ("2017" ends on 2017-12-31).
    fromDay: q.from ? firstDayOf(q.from) : null,
    toDay: q.to ? lastDayOf(q.to) : null,
    ...(q.participant ? { participant: q.participant } : {}),
    // One more than asked, so the shared code can tell that the list was cut.
    limit: toCypherInt(q.limit + 1),
    ...reviewParams(q),
  });
  const builder = new SubgraphBuilder();
  await addEvents(
    db,
    builder,
    rows.map((r) => String(r.id)),
    q,
  );
  return timelineQuery(hideInPlace(builder.build().graph, q), q);
}
