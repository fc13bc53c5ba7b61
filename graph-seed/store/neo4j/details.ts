/** node(id) and timeline(query) on Neo4j: fetch the events around, then assemble like the embedded store. */
import {
  DEFAULT_REVIEW_FILTER,
  type NodeDetails,
  type ReviewFilter,
  type TimelinePayload,
  type TimelineQuery,
} from "../../../model/api.ts";
import { firstDayOf, lastDayOf } from "../../../model/dateInterval.ts";
import { articleIdOfNode, type NodeId } from "../../../model/ids.ts";
import { nodeDetails } from "../memory/details.ts";
import { hideInPlace } from "../memory/reviewView.ts";
import { timelineQuery } from "../memory/timeline.ts";
import { readSummaries } from "./articles.ts";
import { chunks } from "./batches.ts";
import { EDGES_AROUND, READ_NODES_BY_ID } from "./cypher.ts";
import { TIMELINE_EVENTS, TIMELINE_OF_PARTICIPANT } from "./cypherReads.ts";
import { reviewParams } from "./reviewParams.ts";
import type { CypherRunner } from "./session.ts";
import { SubgraphBuilder } from "./subgraph.ts";
import { asMap, toCypherInt } from "./values.ts";

/** What an event summary shows: participants, place, topics and reporting articles. */
const EVENT_CONTEXT = ["PARTICIPATED_IN", "HELD_IN", "DISCUSSED", "REPORTED_IN"];

export async function addNodes(db: CypherRunner, builder: SubgraphBuilder, ids: string[]) {
  for (const part of chunks(ids)) {
    for (const row of await db.read(READ_NODES_BY_ID, { ids: part })) builder.addNodeProps(asMap(row.props));
  }
}

export async function addEventContext(db: CypherRunner, builder: SubgraphBuilder, eventIds: string[]) {
  await addNodes(db, builder, eventIds);
  for (const ids of chunks(eventIds)) {
    builder.addRows(await db.read(EDGES_AROUND, { ids, types: EVENT_CONTEXT }), ["other"]);
  }
}

/** Summaries of every article node in the subgraph, so article lists can be filled in. */
async function addArticleSummaries(db: CypherRunner, builder: SubgraphBuilder) {
  const ids = builder.nodeIds().flatMap((id) => articleIdOfNode(id as NodeId) ?? []);
  if (ids.length === 0) return;
  for (const summary of await readSummaries(db, ids)) builder.addArticle(summary);
}

export async function readNodeDetails(
  db: CypherRunner,
  id: NodeId,
  filter: ReviewFilter = DEFAULT_REVIEW_FILTER,
): Promise<NodeDetails | null> {
  const builder = new SubgraphBuilder();
  await addNodes(db, builder, [id]);
  if (!builder.hasNode(id)) return null;
  builder.addRows(await db.read(EDGES_AROUND, { ids: [id], types: null }), ["other"]);
  // Its events (or itself, for an event) with everything an event summary shows.
  await addEventContext(db, builder, builder.idsOfKind("Event"));
  await addArticleSummaries(db, builder);
  const state = builder.build();
  return nodeDetails({ ...state, graph: hideInPlace(state.graph, filter) }, id);
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
  await addEventContext(
    db,
    builder,
    rows.map((r) => String(r.id)),
  );
  return timelineQuery(hideInPlace(builder.build().graph, q), q);
}
