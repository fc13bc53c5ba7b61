/**
 * graph(query) on Neo4j. The unfiltered people view is ranked and cut in the database (neo4j/peopleView.ts).
 * The events view and the filtered people view still fetch the nodes and relationships they can draw and
 * filter, rank and cap them with the embedded store's code: the events view needs every entity (the
 * filters count events per entity); a filtered people view derives its ties anew from the events kept.
 */

import type { GraphPayload, GraphQuery } from "../../../model/api.ts";
import { type EdgeKind, NODE_KINDS, type NodeKind, TIE_KINDS } from "../../../model/kinds.ts";
import { EVENT_VIEW_EDGES, graphQuery } from "../memory/graphQuery.ts";
import { hideInPlace } from "../memory/reviewView.ts";
import { EDGES_OF_TYPES, EDGES_OF_TYPES_LIGHT, NODES_OF_KINDS } from "./cypher.ts";
import { payloadWithEvidence } from "./evidenceFill.ts";
import { readPeopleView, storedTiesAnswer } from "./peopleView.ts";
import type { CypherRunner } from "./session.ts";
import { SubgraphBuilder } from "./subgraph.ts";
import { asMap } from "./values.ts";

/** Which kinds and types to fetch for a query: no more than the shared code can look at. */
export function graphFetchPlan(q: GraphQuery): { kinds: NodeKind[]; types: EdgeKind[]; light: boolean } {
  if (q.view === "people") {
    // confirmedOnly recounts the ties from the vouched-for events, so it needs them as a date filter does.
    const filtered = Boolean(q.from || q.to || q.topics?.length || q.confirmedOnly);
    if (!filtered) return { kinds: ["Person"], types: [...TIE_KINDS], light: true };
    // Filtered pairs are derived anew, their quotes from the participations and reports: fetch evidence.
    return {
      kinds: [...NODE_KINDS],
      types: [...TIE_KINDS, "PARTICIPATED_IN", "DISCUSSED", "REPORTED_IN"],
      light: false,
    };
  }
  const wantArticles = q.kinds?.includes("Article") ?? false;
  return {
    kinds: NODE_KINDS.filter((k) => wantArticles || k !== "Article"),
    types: [...EVENT_VIEW_EDGES, ...(wantArticles ? (["REPORTED_IN"] as const) : [])],
    light: true,
  };
}

export async function readGraph(db: CypherRunner, q: GraphQuery): Promise<GraphPayload> {
  if (storedTiesAnswer(q)) return readPeopleView(db, q);
  const plan = graphFetchPlan(q);
  const [nodeRows, edgeRows] = await Promise.all([
    db.read(NODES_OF_KINDS, { kinds: plan.kinds }),
    db.read(plan.light ? EDGES_OF_TYPES_LIGHT : EDGES_OF_TYPES, { types: plan.types }),
  ]);
  const builder = new SubgraphBuilder();
  for (const row of nodeRows) builder.addNodeProps(asMap(row.props));
  builder.addRows(edgeRows);
  const payload = graphQuery(hideInPlace(builder.build().graph, q), q);
  return plan.light ? payloadWithEvidence(db, payload) : payload;
}
