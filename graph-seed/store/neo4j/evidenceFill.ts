/**
 * Evidence fetched last: views walk relationships without their evidence (the *_LIGHT statements), and
 * only the edges that made it into the answer get it, in one round trip per 1000 edges.
 */
import type { GraphPayload } from "../../../model/api.ts";
import type { GraphEdge } from "../../../model/graph.ts";
import { chunks } from "./batches.ts";
import { READ_EDGES_BY_ID } from "./cypher.ts";
import { edgeFromRecord } from "./mapping.ts";
import type { CypherRunner } from "./session.ts";
import { asMap } from "./values.ts";

export async function withEvidence(db: CypherRunner, edges: GraphEdge[]): Promise<GraphEdge[]> {
  const full = new Map<string, GraphEdge>();
  for (const part of chunks(edges)) {
    const rows = await db.read(READ_EDGES_BY_ID, {
      rows: part.map((e) => ({ id: e.id, source: e.source, target: e.target })),
    });
    for (const row of rows) {
      const edge = edgeFromRecord({
        props: asMap(row.props),
        source: String(row.source),
        target: String(row.target),
      });
      full.set(edge.id, edge);
    }
  }
  // An edge deleted since the walk keeps what the walk saw rather than vanishing from a consistent answer.
  return edges.map((e) => full.get(e.id) ?? e);
}

export async function payloadWithEvidence(db: CypherRunner, payload: GraphPayload): Promise<GraphPayload> {
  return { ...payload, edges: await withEvidence(db, payload.edges) };
}
