/** stats() on Neo4j: counts by node and relationship kind, article count, event date range. */
import type { Stats } from "../../../model/api.ts";
import { EDGE_KINDS, type EdgeKind, NODE_KINDS, type NodeKind } from "../../../model/kinds.ts";
import { STATS_ARTICLE_COUNT, STATS_DATE_RANGE, STATS_EDGE_COUNTS, STATS_NODE_COUNTS } from "./cypher.ts";
import type { CypherRunner, Row } from "./session.ts";
import { toJsNumber } from "./values.ts";

/** Every known kind present, zero when absent; kinds the model does not know are ignored. */
export function countsByKind<K extends string>(kinds: readonly K[], rows: Row[]): Record<K, number> {
  const counts = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<K, number>;
  for (const row of rows) {
    const kind = String(row.kind) as K;
    if (kind in counts) counts[kind] += toJsNumber(row.count);
  }
  return counts;
}

export async function readStats(db: CypherRunner): Promise<Stats> {
  const [nodeRows, edgeRows, articleRows, rangeRows] = await Promise.all([
    db.read(STATS_NODE_COUNTS),
    db.read(STATS_EDGE_COUNTS),
    db.read(STATS_ARTICLE_COUNT),
    db.read(STATS_DATE_RANGE),
  ]);
  const range = rangeRows[0] ?? {};
  return {
    store: "neo4j",
    nodes: countsByKind<NodeKind>(NODE_KINDS, nodeRows),
    edges: countsByKind<EdgeKind>(EDGE_KINDS, edgeRows),
    articles: toJsNumber(articleRows[0]?.count ?? 0),
    dateRange: {
      from: typeof range.from === "string" ? range.from : null,
      to: typeof range.to === "string" ? range.to : null,
    },
  };
}
