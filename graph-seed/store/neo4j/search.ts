/**
 * search() on Neo4j: one statement against the fulltext name index (neo4j/fulltext.ts builds the Lucene
 * query with the embedded store's normalisation), ranked, filtered and limited in the database, each hit
 * with the quote its snippet shows. Nothing is cached here: a write is searchable once it commits.
 */
import type { SearchHit, SearchQuery } from "../../../model/api.ts";
import { NODE_KINDS } from "../../../model/kinds.ts";
import { kindBoost } from "../search/score.ts";
import { SEARCH_NAMES } from "./cypherReads.ts";
import { decodeEvidence } from "./evidence.ts";
import { luceneQuery, matchedName } from "./fulltext.ts";
import { nodeFromProps, nodeRefFromProps } from "./mapping.ts";
import type { CypherRunner, Row } from "./session.ts";
import { asMap, toCypherInt } from "./values.ts";

/** Index hits looked at per query: enough that the kind boost and the rejected filter rarely run short. */
const POOL_PER_RESULT = 5;
const MIN_POOL = 50;
/** A kind filter can leave most hits out, so it looks further. */
const POOL_WITH_KINDS = 1000;

const BOOSTS = Object.fromEntries(NODE_KINDS.map((k) => [k, kindBoost(k)]));

export function searchParams(query: SearchQuery, lucene: string) {
  const kinds = query.kinds?.length ? query.kinds : null;
  const pool = kinds ? POOL_WITH_KINDS : Math.max(MIN_POOL, POOL_PER_RESULT * query.limit);
  return {
    query: lucene,
    kinds,
    pool: toCypherInt(pool),
    limit: toCypherInt(query.limit),
    boosts: BOOSTS,
  };
}

function hitOf(row: Row, q: string): SearchHit {
  const props = asMap(row.props);
  const quotes = Array.isArray(row.quotes) ? row.quotes : [];
  const first = quotes.find((v): v is string => typeof v === "string");
  return {
    node: nodeRefFromProps(props),
    score: Math.round(Number(row.score) * 1000) / 1000,
    matched: matchedName(nodeFromProps(props), q),
    snippet: first === undefined ? null : decodeEvidence(first).quote,
  };
}

export async function searchNames(db: CypherRunner, query: SearchQuery): Promise<SearchHit[]> {
  const lucene = luceneQuery(query.q);
  if (lucene === null) return [];
  const rows = await db.read(SEARCH_NAMES, searchParams(query, lucene));
  return rows.map((row) => hitOf(row, query.q));
}
