/**
 * User queries for the Cypher console's tests (issue 13). Not statements the project sends: they stand
 * for what an analyst types, and are kept here so the rule "Cypher lives in neo4j/cypher*.ts" still holds
 * for every other file (neo4j/cypher.test.ts lints them).
 */

/** Reads that lint clean and return graph values. */
export const CONSOLE_READS = {
  people: "MATCH (p:Person) RETURN p.id AS id, p.nameAr AS name ORDER BY id",
  nodes: "MATCH (p:Person) RETURN p ORDER BY p.id LIMIT 3",
  ties: "MATCH (a:Person)-[t:MET]->(b:Person) RETURN a, t, b",
  tiesOnly: "MATCH ()-[t:MET]->() RETURN t",
  path: "MATCH path = (:Person)-[:PARTICIPATED_IN]->(:Event) RETURN path LIMIT 2",
  withParams: "MATCH (p:Node {id: $id}) RETURN p.kind AS kind",
  many: "UNWIND range(1, 50) AS x RETURN x",
} as const;

/** A write: Neo4j refuses it in a read transaction. */
export const CONSOLE_WRITE = "CREATE (n:ConsoleProbe {made: true}) RETURN n";
/** Counts what CONSOLE_WRITE would have made (must stay 0). */
export const CONSOLE_COUNT_WRITES = "MATCH (n:ConsoleProbe) RETURN count(n) AS made";
/** Lints clean but runs far longer than any console timeout. */
export const CONSOLE_SLOW = "UNWIND range(1, 100000000) AS x RETURN count(x) AS total";

/** Bad syntax: the linter names the problem before Neo4j is asked. */
export const CONSOLE_BAD_SYNTAX = {
  unclosed: "MATCH (n RETURN n",
  typo: "MATCH (n) RETRUN n",
  secondLine: "MATCH (n)\nRETURN n +",
} as const;
