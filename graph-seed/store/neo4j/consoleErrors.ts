/**
 * Neo4j's refusals of a console query, as ConsoleErrors with a message a user can act on. Outages still
 * become StoreUnavailableError (session.ts); anything not recognised is left alone (a 500, logged).
 */
import { ConsoleError, type ConsoleLimits } from "../../../model/cypherConsole.ts";
import { isUnavailable, mapDriverError } from "./session.ts";

/** Neo4j 4 and 5 name a timed-out transaction differently; the driver may report either class. */
const TIMEOUT_CODES = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.TransientError.Transaction.TransactionTimedOut",
  "Neo.TransientError.Transaction.TransactionTimedOutClientConfiguration",
]);
/** A transaction stopped by the server: a timeout when the message says so, else a plain refusal. */
const TERMINATED_CODES = new Set([
  "Neo.ClientError.Transaction.Terminated",
  "Neo.TransientError.Transaction.Terminated",
  "Neo.TransientError.Transaction.LockClientStopped",
]);
const ACCESS_MODE = "Neo.ClientError.Statement.AccessMode";
const SYNTAX = "Neo.ClientError.Statement.SyntaxError";

const codeOf = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
};

/** Neo4j's first line: the statement's problem without the caret drawing under it. */
const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0]!.trim();

export const isTimeout = (error: unknown) => {
  const code = codeOf(error);
  if (TIMEOUT_CODES.has(code)) return true;
  return TERMINATED_CODES.has(code) && /time(d)? ?out/i.test(firstLine(error));
};

export function toConsoleError(error: unknown, limits: ConsoleLimits): unknown {
  if (error instanceof ConsoleError || isUnavailable(error)) return mapDriverError(error);
  const code = codeOf(error);
  if (isTimeout(error)) {
    return new ConsoleError(
      "timeout",
      `the query ran longer than the console's limit of ${limits.timeoutMs} ms and was stopped; nothing was changed. Narrow it (a tighter MATCH, a LIMIT) or ask the administrator to raise CYPHER_TIMEOUT_MS`,
      { cause: error },
    );
  }
  if (code === ACCESS_MODE) {
    return new ConsoleError(
      "write",
      `the Cypher console is read-only and this query writes to the database; nothing was changed (Neo4j: ${firstLine(error)})`,
      { cause: error },
    );
  }
  if (code === SYNTAX) return new ConsoleError("syntax", firstLine(error), { cause: error });
  if (code.startsWith("Neo.ClientError.Security.")) {
    return new ConsoleError("forbidden", `Neo4j refused the query: ${firstLine(error)}`, { cause: error });
  }
  // Semantic and type errors, missing parameters, unknown procedures: the query's own fault.
  if (code.startsWith("Neo.ClientError.")) {
    return new ConsoleError("query", `Neo4j refused the query: ${firstLine(error)}`, { cause: error });
  }
  return error;
}
