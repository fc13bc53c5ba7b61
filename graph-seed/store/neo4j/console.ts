/**
 * The Neo4j store's Cypher console (issue 13): lint, run read-only with the limits (consoleRead.ts),
 * turn the rows into JSON cells and the graph values into the app's nodes and edges (consoleValues.ts).
 */
import neo4j from "neo4j-driver";
import { type ConsoleAnswer, ConsoleError, type ConsoleLimits } from "../../../model/cypherConsole.ts";
import { checkConsoleSyntax } from "./consoleLint.ts";
import { ConsoleConverter } from "./consoleValues.ts";
import { READ_CONSOLE_ENDS } from "./cypherReads.ts";
import type { CypherRunner } from "./session.ts";
import { asMap } from "./values.ts";

/**
 * JSON has one kind of number; Cypher has two. A whole number is sent as an integer, as Neo4j Browser
 * does, so `range(1, $n)` and `LIMIT $n` work.
 */
export const toDriverParams = (value: unknown): unknown => {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverParams(v)]));
  }
  return value;
};

export async function runConsole(
  db: CypherRunner,
  query: string,
  params: Record<string, unknown>,
  limits: ConsoleLimits,
): Promise<ConsoleAnswer> {
  if (!db.consoleRead) {
    throw new ConsoleError("not-supported", "this Neo4j connection cannot run console queries");
  }
  await checkConsoleSyntax(query, params);
  const driverParams = toDriverParams(params) as Record<string, unknown>;
  const { columns, records, truncated } = await db.consoleRead(query, driverParams, limits);
  const converter = new ConsoleConverter();
  const rows = records.map((record) => record.map((value) => converter.convert(value)));
  const missing = converter.missingEnds();
  if (missing.length > 0) {
    const ends = await db.read(READ_CONSOLE_ENDS, { elementIds: missing });
    converter.addEnds(ends.map((row) => ({ elementId: String(row.elementId), props: asMap(row.props) })));
  }
  return { columns, rows, truncated, limits, graph: converter.graph() };
}
