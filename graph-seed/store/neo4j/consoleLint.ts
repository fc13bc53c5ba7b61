/**
 * The console's first check, before Neo4j is asked: Neo4j's own Cypher parser and linter
 * (@neo4j-cypher/language-support) names a syntax error with its line and column. Only errors count
 * (warnings such as an unknown label are the analyst's business). The linter is loaded on first use, and
 * if it is not installed (a production install without dev dependencies) the check is skipped: Neo4j
 * still refuses a bad query itself, with its own message.
 */
import { ConsoleError } from "../../../model/cypherConsole.ts";

type Lint = typeof import("@neo4j-cypher/language-support").lintCypherQuery;

const LINTER = "@neo4j-cypher/language-support";
let loading: Promise<Lint | null> | null = null;
const linter = () => {
  loading ??= import(/* @vite-ignore */ LINTER).then(
    (m: { lintCypherQuery: Lint }) => m.lintCypherQuery,
    () => null,
  );
  return loading;
};

const ERROR = 1;
/** Enough to fix the query; the rest are usually consequences of the first. */
const MAX_REPORTED = 3;

/** "line 2, column 5" for a character offset. */
const position = (query: string, offset: number) => {
  const before = query.slice(0, offset).split("\n");
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
};

/** Throws ConsoleError("syntax") naming each error; the parameters given count as declared. */
export async function checkConsoleSyntax(query: string, params: Record<string, unknown>): Promise<void> {
  const lint = await linter();
  if (!lint) return;
  const errors = lint(query, { parameters: params }).diagnostics.filter((d) => d.severity === ERROR);
  if (errors.length === 0) return;
  const messages = errors
    .slice(0, MAX_REPORTED)
    .map((d) => `${position(query, d.offsets.start)}: ${d.message}`);
  throw new ConsoleError("syntax", `the query is not valid Cypher: ${messages.join("; ")}`);
}
