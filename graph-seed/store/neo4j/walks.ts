/**
 * paths() in process, for the one case the database cannot answer from stored ties: the people view
 * under confirmedOnly, whose ties are recounted from vouched-for events (neo4j/paths.ts answers the rest).
 * It walks breadth-first, one Cypher round trip per layer, and fetches just the ball the embedded code
 * would look at; that code then gives the answer on the ball. Why two balls are enough: the shared search
 * (bidirectional, depth-bounded, Yen's spurs) only ever expands nodes within L − 1 hops of `from` or of
 * `to`, so fetching every relationship of those nodes gives it exactly the neighbour lists it would see
 * in the whole graph.
 */

import type { PathQuery, PathResult } from "../../../model/api.ts";
import { TIE_KINDS } from "../../../model/kinds.ts";
import { EVENT_VIEW_EDGES } from "../memory/graphQuery.ts";
import { pathsQuery } from "../memory/paths.ts";
import { buildProjection } from "../memory/projection.ts";
import { hideInPlace } from "../memory/reviewView.ts";
import { chunks } from "./batches.ts";
import { EDGES_AROUND, SHORTEST_PATH_LENGTH_EVENTS, SHORTEST_PATH_LENGTH_PEOPLE } from "./cypher.ts";
import { addEventContext, addNodes } from "./details.ts";
import type { CypherRunner } from "./session.ts";
import { SubgraphBuilder } from "./subgraph.ts";
import { toJsNumber } from "./values.ts";

/** Expands `depth` layers from `start` over relationships of `types`; returns every node reached. */
async function expand(
  db: CypherRunner,
  builder: SubgraphBuilder,
  start: string,
  depth: number,
  types: string[],
) {
  const seen = new Set<string>([start]);
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const ids of chunks(frontier)) {
      const rows = await db.read(EDGES_AROUND, { ids, types });
      builder.addRows(rows, ["other"]);
      for (const row of rows) {
        const other = String((row.other as { id?: unknown }).id);
        if (seen.has(other)) continue;
        seen.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return seen;
}

async function shortestLength(db: CypherRunner, q: PathQuery): Promise<number | null> {
  const statement = q.view === "people" ? SHORTEST_PATH_LENGTH_PEOPLE : SHORTEST_PATH_LENGTH_EVENTS;
  const [row] = await db.read(statement, { from: q.from, to: q.to });
  return row ? toJsNumber(row.length) : null;
}

export async function readPathsInProcess(db: CypherRunner, q: PathQuery): Promise<PathResult | null> {
  const builder = new SubgraphBuilder();
  await addNodes(db, builder, [q.from, q.to]);
  if (!builder.hasNode(q.from) || !builder.hasNode(q.to)) return null;
  const types = q.view === "people" ? [...TIE_KINDS] : [...EVENT_VIEW_EDGES];
  const shortest = q.from === q.to ? 0 : await shortestLength(db, q);
  if (shortest !== null && shortest > 0 && shortest <= q.maxLength) {
    // Layers 0 … maxLength − 1 around each end get their edges fetched: every node the shared search
    // can expand, from either side or from a spur node, then has all its neighbours.
    await expand(db, builder, q.from, q.maxLength, types);
    await expand(db, builder, q.to, q.maxLength, types);
    // confirmedOnly recounts the ties from their vouched-for occasions: those events must be there.
    if (q.confirmedOnly) await addEventContext(db, builder, builder.eventIdsOfEdges());
  }
  const graph = hideInPlace(builder.build().graph, q);
  return pathsQuery(graph, buildProjection(graph, q.view), q);
}
