/**
 * paths() on Neo4j: the k shortest simple paths are found in the database, shortest first and in id
 * order among equals (the embedded store's order): all shortest paths by bidirectional search, then, while
 * fewer than k, simple paths one hop longer at a time by a bounded variable-length pattern. Only the
 * edges between consecutive path nodes come back, and the embedded code turns them into steps with their
 * evidence. Under confirmedOnly the people view's ties are recounted from vouched-for events, which the
 * stored ties cannot say: that case walks in process (neo4j/walks.ts).
 */
import type { PathQuery, PathResult } from "../../../model/api.ts";
import { TIE_KINDS } from "../../../model/kinds.ts";
import { EVENT_VIEW_EDGES } from "../memory/graphQuery.ts";
import { toGraphPath } from "../memory/paths.ts";
import { buildProjection } from "../memory/projection.ts";
import { hideInPlace } from "../memory/reviewView.ts";
import {
  PATH_STEP_EDGES,
  PATHS_OF_LENGTH_EVENTS,
  PATHS_OF_LENGTH_PEOPLE,
  SHORTEST_PATHS_EVENTS,
  SHORTEST_PATHS_PEOPLE,
  SHOWN_NODES,
} from "./cypherReads.ts";
import { reviewParams } from "./reviewParams.ts";
import type { CypherRunner, Row } from "./session.ts";
import { SubgraphBuilder } from "./subgraph.ts";
import { asMap, toCypherInt } from "./values.ts";
import { readPathsInProcess } from "./walks.ts";

/** Paths looked at per statement: a bound on the work between two hubs with thousands of ways round. */
export const PATH_SCAN = 2000;

const idsOf = (rows: Row[]) => rows.map((r) => (Array.isArray(r.ids) ? r.ids.map(String) : []));

/** Node-id lists of the k shortest simple paths, as the embedded store orders them. */
export async function findPaths(db: CypherRunner, q: PathQuery): Promise<string[][]> {
  const people = q.view === "people";
  const common = { from: q.from, to: q.to, scan: toCypherInt(PATH_SCAN), ...reviewParams(q) };
  const shortest = idsOf(
    await db.read(people ? SHORTEST_PATHS_PEOPLE : SHORTEST_PATHS_EVENTS, {
      ...common,
      maxLength: toCypherInt(q.maxLength),
      k: toCypherInt(q.k),
    }),
  );
  const found = [...shortest];
  const byLength = people ? PATHS_OF_LENGTH_PEOPLE : PATHS_OF_LENGTH_EVENTS;
  // No shortest path within maxLength: no longer path can be either.
  if (found.length === 0) return found;
  for (let hops = found[0]!.length; found.length < q.k && hops <= q.maxLength; hops++) {
    const rows = await db.read(byLength[hops]!, { ...common, k: toCypherInt(q.k - found.length) });
    found.push(...idsOf(rows));
  }
  return found;
}

export async function readPaths(db: CypherRunner, q: PathQuery): Promise<PathResult | null> {
  if (q.view === "people" && q.confirmedOnly) return readPathsInProcess(db, q);
  const ends = await db.read(SHOWN_NODES, { ids: [...new Set([q.from, q.to])], ...reviewParams(q) });
  const builder = new SubgraphBuilder();
  for (const row of ends) builder.addNodeProps(asMap(row.props));
  if (!builder.hasNode(q.from) || !builder.hasNode(q.to)) return null;
  if (q.from === q.to) {
    const graph = builder.build().graph;
    return { paths: [toGraphPath(graph, buildProjection(graph, q.view), [q.from])] };
  }
  const found = await findPaths(db, q);
  if (found.length === 0) return { paths: [] };
  const onPaths = [...new Set(found.flat())];
  for (const row of await db.read(SHOWN_NODES, { ids: onPaths, ...reviewParams(q) }))
    builder.addNodeProps(asMap(row.props));
  const steps = new Set(found.flatMap((p) => p.slice(1).map((to, i) => [p[i]!, to].sort().join("\n"))));
  // Both directions of each step: paths ignore direction, relationships have one.
  const pairs = [...steps].flatMap((key) => {
    const [a, b] = key.split("\n") as [string, string];
    return [
      { from: a, to: b },
      { from: b, to: a },
    ];
  });
  const types = q.view === "people" ? [...TIE_KINDS] : [...EVENT_VIEW_EDGES];
  builder.addRows(await db.read(PATH_STEP_EDGES, { pairs, types, ...reviewParams(q) }));
  const graph = hideInPlace(builder.build().graph, q);
  const proj = buildProjection(graph, q.view);
  return { paths: found.map((ids) => toGraphPath(graph, proj, ids)) };
}
