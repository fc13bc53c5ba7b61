/**
 * The console's first check, before Neo4j is asked: Neo4j's own Cypher parser and linter
 * (@neo4j-cypher/language-support) names a syntax error with its line and column, and a parameter the
 * query uses but the request does not give. Only errors count (an unknown label is the analyst's
 * business).
 *
 * The linter is slow (0.2 s for a short query, ten seconds for a 4 KB one on a busy machine), so it runs
 * in one worker thread, which the server's event loop never waits on. The check only improves the
 * message: when it cannot answer within its budget (the thread finishes that lint, so it stays warm), when
 * others are queued for it, when the query is longer than MAX_LINTED, or when the linter is not installed
 * (an install without dev dependencies), the query goes on to Neo4j, which refuses bad Cypher itself.
 */
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { ConsoleError } from "../../../model/cypherConsole.ts";
import type { LintError } from "./consoleLintWorker.ts";

export interface LintOptions {
  /** How long the check may take (the thread's start included) before the query goes on unchecked. */
  budgetMs: number;
}

export const DEFAULT_LINT_OPTIONS: LintOptions = { budgetMs: 10_000 };
/** Longer queries go to Neo4j unchecked: linting them would hold the thread for many seconds. */
export const MAX_LINTED = 5000;

/** Enough to fix the query; the rest are usually consequences of the first. */
const MAX_REPORTED = 3;
const WORKER = fileURLToPath(new URL("./consoleLintWorker.ts", import.meta.url));

let pool: Piscina | null = null;
const lintPool = () => {
  // No thread until the first query; an idle one ends after a while (closeConsoleLint ends it at once).
  pool ??= new Piscina({
    filename: WORKER,
    minThreads: 0,
    maxThreads: 1,
    maxQueue: 4,
    idleTimeout: 5 * 60_000,
    execArgv: ["--import", "tsx"],
  });
  return pool;
};

/** Ends the lint thread (the store's close()), so it never keeps a process alive. */
export async function closeConsoleLint() {
  const closing = pool;
  pool = null;
  await closing?.destroy();
}

/** "line 2, column 5" for a character offset. */
const position = (query: string, offset: number) => {
  const before = query.slice(0, offset).split("\n");
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
};

/** The linter's errors, or null when it could not answer (busy, too slow, not installed). */
async function lintErrors(query: string, params: Record<string, unknown>, options: LintOptions) {
  if (query.length > MAX_LINTED) return null;
  const threads = lintPool();
  if (threads.queueSize >= threads.options.maxQueue) return null;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), options.budgetMs);
  });
  const linted = (threads.run({ query, params }) as Promise<LintError[]>).catch(() => null);
  try {
    return await Promise.race([linted, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Throws ConsoleError("syntax") naming each error; the parameters given count as declared. */
export async function checkConsoleSyntax(
  query: string,
  params: Record<string, unknown>,
  options: LintOptions = DEFAULT_LINT_OPTIONS,
): Promise<void> {
  const errors = await lintErrors(query, params, options);
  if (!errors || errors.length === 0) return;
  const messages = errors.slice(0, MAX_REPORTED).map((e) => `${position(query, e.offset)}: ${e.message}`);
  throw new ConsoleError("syntax", `the query is not valid Cypher: ${messages.join("; ")}`);
}
