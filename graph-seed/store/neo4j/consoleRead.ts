/**
 * How a console query (issue 13) meets the driver: a READ session and a read transaction
 * (executeRead, so Neo4j itself refuses any write with Neo.ClientError.Statement.AccessMode), the
 * timeout as transaction config (Neo4j stops the query, not just the wait), and at most `rowLimit` rows
 * read: the stream is cancelled after one row more, so a huge result is never pulled whole. The user's
 * text is sent as written: no LIMIT is added to it.
 */
import neo4j, { type Session, type SessionConfig } from "neo4j-driver";
import type { ConsoleLimits } from "../../../model/cypherConsole.ts";
import { toConsoleError } from "./consoleErrors.ts";
import type { Params } from "./session.ts";

/** What the store gets back: driver values still inside (consoleValues.ts converts them). */
export interface ConsoleRows {
  columns: string[];
  records: unknown[][];
  truncated: boolean;
}

/** The part of a driver session used here, so tests can hand in a fake one. */
export type ConsoleSession = Pick<Session, "executeRead" | "close">;
export type OpenSession = (config: SessionConfig) => ConsoleSession;

/** Rows come in batches; no batch larger than what can be kept. */
const fetchSizeFor = (rowLimit: number) => Math.min(rowLimit + 1, 1000);

export async function consoleRead(
  open: OpenSession,
  query: string,
  params: Params,
  limits: ConsoleLimits,
): Promise<ConsoleRows> {
  const session = open({
    defaultAccessMode: neo4j.session.READ,
    fetchSize: fetchSizeFor(limits.rowLimit),
  });
  try {
    return await session.executeRead(
      async (tx) => {
        const result = tx.run(query, params);
        const records: unknown[][] = [];
        let truncated = false;
        for await (const record of result) {
          // One row past the limit says there are more; leaving the loop cancels the rest of the stream.
          if (records.length === limits.rowLimit) {
            truncated = true;
            break;
          }
          records.push(record.keys.map((key) => record.get(key)));
        }
        const columns = (await result.keys()).map(String);
        return { columns, records, truncated };
      },
      { timeout: limits.timeoutMs },
    );
  } catch (error) {
    throw toConsoleError(error, limits);
  } finally {
    await session.close().catch(() => undefined);
  }
}
