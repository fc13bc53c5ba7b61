/**
 * Runs in the console's lint thread (neo4j/consoleLint.ts): Neo4j's linter on one query, its errors
 * (not warnings) with their offsets. The linter takes from a tenth of a second to many seconds (it grows
 * with the query), which the server's event loop must not wait on.
 */
import { lintCypherQuery } from "@neo4j-cypher/language-support";

const ERROR = 1;

export interface LintError {
  offset: number;
  message: string;
}

export default function lint({
  query,
  params,
}: {
  query: string;
  params: Record<string, unknown>;
}): LintError[] {
  return lintCypherQuery(query, { parameters: params })
    .diagnostics.filter((d) => d.severity === ERROR)
    .map((d) => ({
      offset: d.offsets.start,
      message: typeof d.message === "string" ? d.message : d.message.value,
    }));
}
