/**
 * graph(query) on Neo4j. The events view and the unfiltered people view are ranked and cut in the database
 * (neo4j/eventsView.ts, neo4j/peopleView.ts). A people view filtered by dates, topics or confirmedOnly
 * derives its ties anew from the events kept (ties/deriveMet.ts: occasions, quotes, inferred reasons),
 * which Cypher would have to re-implement: it fetches the persons, ties, participations and reports, and
 * the embedded store's code filters, derives, ranks and caps them.
 */

import type { GraphPayload, GraphQuery } from "../../../model/api.ts";
import { type EdgeKind, NODE_KINDS, TIE_KINDS } from "../../../model/kinds.ts";
import { graphQuery } from "../memory/graphQuery.ts";
import { hideInPlace } from "../memory/reviewView.ts";
import { EDGES_OF_TYPES, NODES_OF_KINDS } from "./cypher.ts";
import { readEventsView } from "./eventsView.ts";
import { readPeopleView, storedTiesAnswer } from "./peopleView.ts";
import type { CypherRunner } from "./session.ts";
import { SubgraphBuilder } from "./subgraph.ts";
import { asMap } from "./values.ts";

/** What a filtered people view reads: every kind an event can touch, and the relationships ties derive from. */
const FILTERED_PEOPLE_KINDS = [...NODE_KINDS];
const FILTERED_PEOPLE_TYPES: EdgeKind[] = [...TIE_KINDS, "PARTICIPATED_IN", "DISCUSSED", "REPORTED_IN"];

export async function readGraph(db: CypherRunner, q: GraphQuery): Promise<GraphPayload> {
  if (q.view !== "people") return readEventsView(db, q);
  if (storedTiesAnswer(q)) return readPeopleView(db, q);
  // Filtered pairs are derived anew, their quotes from the participations and reports: evidence is read.
  const [nodeRows, edgeRows] = await Promise.all([
    db.read(NODES_OF_KINDS, { kinds: FILTERED_PEOPLE_KINDS }),
    db.read(EDGES_OF_TYPES, { types: FILTERED_PEOPLE_TYPES }),
  ]);
  const builder = new SubgraphBuilder();
  for (const row of nodeRows) builder.addNodeProps(asMap(row.props));
  builder.addRows(edgeRows);
  return graphQuery(hideInPlace(builder.build().graph, q), q);
}
