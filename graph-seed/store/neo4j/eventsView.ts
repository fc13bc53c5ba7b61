/**
 * The events view ranked and cut in the database (EVENTS_VIEW_TOP, or EVENTS_VIEW_TOP_FILTERED when events
 * are filtered, which starts from the kept events); the relationships among the kept
 * nodes come with their evidence in a second statement. Which events only possibly lie in the range is
 * decided here, on the few returned, with the shared rule (time/dateRange.ts), so the flag is exact.
 */
import type { GraphPayload, GraphQuery } from "../../../model/api.ts";
import { firstDayOf, lastDayOf } from "../../../model/dateInterval.ts";
import type { GraphNode } from "../../../model/graph.ts";
import { EVENT_VIEW_EDGES } from "../memory/graphQuery.ts";
import { asShown, rangeFitOf } from "../time/dateRange.ts";
import { EDGES_AMONG_SHOWN, EVENTS_VIEW_TOP, EVENTS_VIEW_TOP_FILTERED } from "./cypherReads.ts";
import { nodeFromProps } from "./mapping.ts";
import { reviewParams } from "./reviewParams.ts";
import type { CypherRunner } from "./session.ts";
import { asMap, toCypherInt } from "./values.ts";
import { viewPayload } from "./viewPayload.ts";

export function eventsViewParams(q: GraphQuery) {
  const wantArticles = q.kinds?.includes("Article") ?? false;
  return {
    includePlanned: q.includePlanned !== false,
    topics: q.topics?.length ? q.topics : null,
    fromDay: q.from ? firstDayOf(q.from) : null,
    toDay: q.to ? lastDayOf(q.to) : null,
    kinds: q.kinds?.length ? q.kinds : null,
    wantArticles,
    filtered: Boolean(q.from || q.to || q.topics?.length || q.includePlanned === false),
    minWeight: toCypherInt(q.minWeight),
    drawn: [...EVENT_VIEW_EDGES, ...(wantArticles ? ["REPORTED_IN"] : [])],
    limit: toCypherInt(q.limit),
    ...reviewParams(q),
  };
}

const shownInRange = (node: GraphNode, q: GraphQuery) =>
  node.kind === "Event" ? asShown(node, rangeFitOf(node, q)) : node;

export async function readEventsView(db: CypherRunner, q: GraphQuery): Promise<GraphPayload> {
  const params = eventsViewParams(q);
  const [top] = await db.read(params.filtered ? EVENTS_VIEW_TOP_FILTERED : EVENTS_VIEW_TOP, params);
  const nodes = (Array.isArray(top?.nodes) ? top.nodes : []).map((p) =>
    shownInRange(nodeFromProps(asMap(p)), q),
  );
  return viewPayload(nodes, top, q.limit, (ids) =>
    db.read(EDGES_AMONG_SHOWN, { ids, types: params.drawn, ...reviewParams(q) }),
  );
}
