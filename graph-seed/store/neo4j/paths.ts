/**
 * paths() on Neo4j: the k shortest simple paths are found in the database, shortest first and in id
 * order among equals (the embedded store's order): all shortest paths by bidirectional search, then, while
 * fewer than k, simple paths one hop longer at a time by a bounded variable-length pattern. Only the
 * edges between consecutive path nodes come back, and the embedded code turns them into steps with their
 * evidence. Under confirmedOnly the people view's ties are recounted from vouched-for events: the walk
 * keeps to the stored ties one of whose events is vouched for (the same pairs), and the steps' ties are
 * recounted from the vouched-for events of the persons on the paths (neo4j/peopleView.ts).
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
  PATHS_OF_LENGTH_VOUCHED_TIES,
  SHORTEST_PATHS_EVENTS,
  SHORTEST_PATHS_PEOPLE,
  SHORTEST_PATHS_VOUCHED_TIES,
  SHOWN_NODES,
} from "./cypherReads.ts";
import { derivedTiesAmong } from "./peopleView.ts";
import { reviewParams } from "./reviewParams.ts";
import type { CypherRunner, Row } from "./session.ts";
import { SubgraphBuilder } from "./subgraph.ts";
import { asMap, toCypherInt } from "./values.ts";

/** Paths looked at per statement: a bound on the work between two hubs with thousands of ways round. */
export const PATH_SCAN = 2000;

/** The people view under confirmedOnly walks recounted ties, not the stored ones. */
const recounted = (q: PathQuery) => q.view === "people" && q.confirmedOnly;

function statementsFor(q: PathQuery) {
  if (recounted(q)) return { shortest: SHORTEST_PATHS_VOUCHED_TIES, longer: PATHS_OF_LENGTH_VOUCHED_TIES };
  if (q.view === "people") return { shortest: SHORTEST_PATHS_PEOPLE, longer: PATHS_OF_LENGTH_PEOPLE };
  return { shortest: SHORTEST_PATHS_EVENTS, longer: PATHS_OF_LENGTH_EVENTS };
}

const idsOf = (rows: Row[]) => rows.map((r) => (Array.isArray(r.ids) ? r.ids.map(String) : []));

/** Node-id lists of the k shortest simple paths, as the embedded store orders them. */
export async function findPaths(db: CypherRunner, q: PathQuery): Promise<string[][]> {
  const statements = statementsFor(q);
  const common = { from: q.from, to: q.to, scan: toCypherInt(PATH_SCAN), ...reviewParams(q) };
  const shortest = idsOf(
    await db.read(statements.shortest, {
      ...common,
      maxLength: toCypherInt(q.maxLength),
      k: toCypherInt(q.k),
    }),
  );
  const found = [...shortest];
  const byLength = statements.longer;
  // No shortest path within maxLength: no longer path can be either.
  if (found.length === 0) return found;
  for (let hops = found[0]!.length; found.length < q.k && hops <= q.maxLength; hops++) {
    const rows = await db.read(byLength[hops]!, { ...common, k: toCypherInt(q.k - found.length) });
    found.push(...idsOf(rows));
  }
  return found;
}

export async function readPaths(db: CypherRunner, q: PathQuery): Promise<PathResult | null> {
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
  const graph = await addStepEdges(db, builder, found, q);
  const proj = buildProjection(graph, q.view);
  return { paths: found.map((ids) => toGraphPath(graph, proj, ids)) };
}

/** The edges between consecutive path nodes, with their evidence, into the built subgraph. */
async function addStepEdges(db: CypherRunner, builder: SubgraphBuilder, found: string[][], q: PathQuery) {
  if (recounted(q)) {
    // Recounted ties among the persons on the paths (the nodes are already filtered in the database);
    // no time or topic filter: a path query's `from` and `to` are node ids, not dates.
    const review = { includeRejected: q.includeRejected, confirmedOnly: q.confirmedOnly };
    for (const edge of await derivedTiesAmong(db, [...new Set(found.flat())], review)) builder.addEdge(edge);
    return builder.build().graph;
  }
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
  return hideInPlace(builder.build().graph, q);
}
