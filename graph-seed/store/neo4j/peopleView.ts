/**
 * The unfiltered people view (no dates, topics or confirmedOnly: the stored ties are the answer) ranked
 * and cut in the database: PEOPLE_VIEW_TOP ranks persons by their drawn ties, PEOPLE_VIEW_TIES fetches
 * the ties among the kept ones with their evidence. The filtered views derive ties anew from events, in
 * process (neo4j/graphView.ts).
 */
import type { GraphPayload, GraphQuery } from "../../../model/api.ts";
import { TIE_KINDS } from "../../../model/kinds.ts";
import { PEOPLE_VIEW_TIES, PEOPLE_VIEW_TOP } from "./cypherReads.ts";
import { nodeFromProps } from "./mapping.ts";
import { reviewParams } from "./reviewParams.ts";
import type { CypherRunner } from "./session.ts";
import { asMap, toCypherInt } from "./values.ts";
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

export async function readPeopleView(db: CypherRunner, q: GraphQuery): Promise<GraphPayload> {
  const params = peopleViewParams(q);
  const [top] = await db.read(PEOPLE_VIEW_TOP, params);
  const nodes = (Array.isArray(top?.nodes) ? top.nodes : []).map((p) => nodeFromProps(asMap(p)));
  return viewPayload(nodes, top, q.limit, (ids) =>
    db.read(PEOPLE_VIEW_TIES, { ids, ties: params.ties, minWeight: params.minWeight }),
  );
}
