/**
 * The people view, ranked and cut in the database. Unfiltered (no dates, topics or confirmedOnly), the
 * stored ties are the answer: PEOPLE_VIEW_TOP ranks persons by them, PEOPLE_VIEW_TIES fetches those among
 * the kept ones. Filtered, the ties are recounted from the kept events: PEOPLE_VIEW_DERIVED_TOP ranks
 * persons by the recounted ties, PEOPLE_VIEW_DERIVED_FACTS fetches the facts of the events among the kept
 * persons only, and the shared rule (ties/deriveMet.ts) turns them into edges with their quotes.
 */
import type { GraphPayload, GraphQuery } from "../../../model/api.ts";
import { eventInterval, firstDayOf, fitInRange, lastDayOf } from "../../../model/dateInterval.ts";
import type { GraphEdge } from "../../../model/graph.ts";
import { TIE_KINDS, type TieKind } from "../../../model/kinds.ts";
import { deriveTies, type TieEventFacts } from "../ties/deriveMet.ts";
import {
  PEOPLE_VIEW_DERIVED_FACTS,
  PEOPLE_VIEW_DERIVED_TOP,
  PEOPLE_VIEW_TIES,
  PEOPLE_VIEW_TOP,
} from "./cypherReads.ts";
import { tieFactsFromRow } from "./derived.ts";
import { byEdgeId } from "./ego.ts";
import { nodeFromProps } from "./mapping.ts";
import { reviewParams } from "./reviewParams.ts";
import type { CypherRunner, Row } from "./session.ts";
import { asMap, toCypherInt, toJsNumber } from "./values.ts";
import { viewPayload } from "./viewPayload.ts";

/** Whether the stored ties answer the query as they are. */
export const storedTiesAnswer = (q: GraphQuery) =>
  q.view === "people" && !q.from && !q.to && !q.topics?.length && !q.confirmedOnly;

export function peopleViewParams(q: GraphQuery) {
  return {
    ties: q.ties?.length ? q.ties : [...TIE_KINDS],
    minWeight: toCypherInt(q.minWeight),
    kinds: q.kinds?.length ? q.kinds : null,
    limit: toCypherInt(q.limit),
    ...reviewParams(q),
  };
}

/** The derived statements also take the event filters, the range as whole days (as the events view). */
export function derivedPeopleViewParams(q: GraphQuery) {
  return {
    ...peopleViewParams(q),
    topics: q.topics?.length ? q.topics : null,
    fromDay: q.from ? firstDayOf(q.from) : null,
    toDay: q.to ? lastDayOf(q.to) : null,
  };
}

const nodesOf = (top: Row | undefined) =>
  (Array.isArray(top?.nodes) ? top.nodes : []).map((p) => nodeFromProps(asMap(p)));

export async function readPeopleView(db: CypherRunner, q: GraphQuery): Promise<GraphPayload> {
  if (!storedTiesAnswer(q)) return readDerivedPeopleView(db, q);
  const params = peopleViewParams(q);
  const [top] = await db.read(PEOPLE_VIEW_TOP, params);
  return viewPayload(nodesOf(top), top, q.limit, (ids) =>
    db.read(PEOPLE_VIEW_TIES, { ids, ties: params.ties, minWeight: params.minWeight }),
  );
}

/** What the derived ties among some persons depend on: the event filters and the review filter. */
export type TieFilters = Pick<GraphQuery, "from" | "to" | "topics" | "includeRejected" | "confirmedOnly">;

/** Whether a tie says if it is made only of events that possibly lie in the range (as memory/graphQuery.ts). */
const flagsUncertain = (q: TieFilters) => Boolean(q.from || q.to || q.topics?.length);

/** One facts row, flagged when the view is time- or topic-filtered, as the embedded store flags it. */
function factsOf(row: Row, q: TieFilters): TieEventFacts {
  const facts = tieFactsFromRow(row);
  if (!flagsUncertain(q)) return facts;
  const days = asMap(row.days) as { date?: string; dateFrom?: string; dateTo?: string };
  return { ...facts, dateUncertain: fitInRange(eventInterval(days), q.from, q.to) === "uncertain" };
}

/**
 * Every tie of the kinds `ties` among the persons `ids`, recounted from the events the filters keep
 * (PEOPLE_VIEW_DERIVED_FACTS) by the shared rule, in id order, any weight. The database sends only the
 * events that make a tie of those kinds.
 */
export async function derivedTiesAmong(
  db: CypherRunner,
  ids: string[],
  q: TieFilters,
  ties: readonly TieKind[] = TIE_KINDS,
): Promise<GraphEdge[]> {
  if (ids.length === 0) return [];
  const rows = await db.read(PEOPLE_VIEW_DERIVED_FACTS, {
    ids,
    ties,
    topics: q.topics?.length ? q.topics : null,
    fromDay: q.from ? firstDayOf(q.from) : null,
    toDay: q.to ? lastDayOf(q.to) : null,
    ...reviewParams(q),
  });
  return deriveTies(rows.map((row) => factsOf(row, q))).sort(byEdgeId);
}

async function readDerivedPeopleView(db: CypherRunner, q: GraphQuery): Promise<GraphPayload> {
  const params = derivedPeopleViewParams(q);
  const [top] = await db.read(PEOPLE_VIEW_DERIVED_TOP, params);
  const nodes = nodesOf(top);
  const totalNodes = top ? toJsNumber(top.totalNodes) : 0;
  const wanted = new Set<string>(params.ties);
  const ties = await derivedTiesAmong(
    db,
    nodes.map((n) => n.id),
    q,
    params.ties,
  );
  return {
    nodes,
    // A pair's weight counts all its occasions, so the lighter pairs can only go once all are counted.
    edges: ties.filter((e) => wanted.has(e.kind) && (e.weight ?? 0) >= q.minWeight),
    truncated: totalNodes > q.limit,
    total: { nodes: totalNodes, edges: top ? toJsNumber(top.totalEdges) : 0 },
  };
}
