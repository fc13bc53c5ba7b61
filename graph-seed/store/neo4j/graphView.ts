/**
 * graph(query) on Neo4j: both views are ranked and cut in the database (neo4j/eventsView.ts,
 * neo4j/peopleView.ts); the app holds only the nodes and edges of the answer.
 */
import type { GraphPayload, GraphQuery } from "../../../model/api.ts";
import { readEventsView } from "./eventsView.ts";
import { readPeopleView } from "./peopleView.ts";
import type { CypherRunner } from "./session.ts";

export function readGraph(db: CypherRunner, q: GraphQuery): Promise<GraphPayload> {
  return q.view === "people" ? readPeopleView(db, q) : readEventsView(db, q);
}
