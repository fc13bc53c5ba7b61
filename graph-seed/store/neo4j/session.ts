/**
 * The one driver of the process and the way every statement is run: a session per call, read transactions
 * (executeRead) for reads and one write transaction (executeWrite) per unit of work, so a cluster or Aura
 * (neo4j:// or neo4j+s://) routes reads to readers and writes to the leader. Connection failures become StoreUnavailableError so
 * the server answers 503; nothing is cached between calls, so the driver reconnects on the next one.
 */
import neo4j, { type Driver, type ManagedTransaction, type Session } from "neo4j-driver";
import type { ConsoleLimits } from "../../../model/cypherConsole.ts";
import { StoreUnavailableError } from "../../../model/store.ts";
import { type ConsoleRows, consoleRead } from "./consoleRead.ts";
import { PING } from "./cypher.ts";
import { type Plain, toPlain } from "./values.ts";

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  /** null or empty: the server's default database. */
  database?: string | null;
}

export type Row = Record<string, Plain>;
export type Params = Record<string, unknown>;
/** Runs one statement inside the current write transaction. */
export type TxRun = (query: string, params?: Params) => Promise<Row[]>;

export interface CypherRunner {
  read(query: string, params?: Params): Promise<Row[]>;
  write<T>(work: (run: TxRun) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /**
   * A user's query from the Cypher console (neo4j/consoleRead.ts): read-only, time- and row-limited.
   * Left out by the test runners, which cannot run arbitrary Cypher.
   */
  consoleRead?(query: string, params: Params, limits: ConsoleLimits): Promise<ConsoleRows>;
}

const UNAVAILABLE_CODES = new Set([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  "Neo.ClientError.Security.Unauthorized",
  "Neo.ClientError.Security.AuthenticationRateLimit",
  "Neo.ClientError.Database.DatabaseNotFound",
  "Neo.TransientError.General.DatabaseUnavailable",
]);

/** Failures that mean "the database is out of reach" rather than "this statement is wrong". */
export const isUnavailable = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && UNAVAILABLE_CODES.has(code);
};

/** The driver's first sentence plus its root cause ("connect ECONNREFUSED …"), without the advice paragraph. */
const briefly = (message: string) => {
  const first = message.split("\n")[0]!.split(/(?<=\.) /)[0]!;
  const cause = /Caused by: (.+)$/s.exec(message)?.[1]?.split("\n")[0];
  return cause && !first.includes(cause) ? `${first} (${cause.trim()})` : first;
};

export const mapDriverError = (error: unknown): unknown => {
  if (!isUnavailable(error)) return error;
  const detail = error instanceof Error ? briefly(error.message) : String(error);
  return new StoreUnavailableError(`Neo4j is unavailable: ${detail}`, { cause: error });
};

const rowsOf = async (tx: ManagedTransaction, query: string, params: Params = {}) => {
  const result = await tx.run(query, params);
  return result.records.map((r) => toPlain(r.toObject()) as Row);
};

/** Short timeouts and retries: a request should get its 503 within seconds, not after 30 s of retries. */
const DRIVER_OPTIONS = {
  connectionTimeout: 3000,
  connectionAcquisitionTimeout: 5000,
  maxTransactionRetryTime: 2000,
  disableLosslessIntegers: false,
};

export function createRunner(config: Neo4jConfig): CypherRunner {
  const driver: Driver = neo4j.driver(
    config.uri,
    neo4j.auth.basic(config.user, config.password),
    DRIVER_OPTIONS,
  );
  const database = config.database || undefined;
  // One bookmark manager for every session of the process: on a cluster, a read that follows a write
  // waits until the member it is routed to has that write (an ingested article shows up at once).
  const bookmarkManager = neo4j.bookmarkManager();
  const withSession = async <T>(mode: "READ" | "WRITE", use: (s: Session) => Promise<T>) => {
    const session = driver.session({
      database,
      bookmarkManager,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await use(session);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close().catch(() => undefined);
    }
  };
  return {
    read: (query, params) => withSession("READ", (s) => s.executeRead((tx) => rowsOf(tx, query, params))),
    write: (work) => withSession("WRITE", (s) => s.executeWrite((tx) => work((q, p) => rowsOf(tx, q, p)))),
    consoleRead: (query, params, limits) =>
      consoleRead(
        (config) => driver.session({ database, bookmarkManager, ...config }),
        query,
        params,
        limits,
      ),
    // Auto-commit, no retries: a liveness check must fail fast.
    ping: () => withSession("READ", async (s) => void (await s.run(PING))),
    close: () => driver.close(),
  };
}
