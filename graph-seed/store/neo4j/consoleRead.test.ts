/**
 * The console's meeting with the driver (neo4j/consoleRead.ts), on a fake session: the session is READ,
 * the timeout goes to Neo4j as transaction config, rows stop at the limit with the stream cancelled, and
 * Neo4j's refusals become ConsoleErrors.
 */
import neo4j, { Record as DriverRecord, Neo4jError, type SessionConfig } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { ConsoleError } from "../../../model/cypherConsole.ts";
import { StoreUnavailableError } from "../../../model/store.ts";
import { type ConsoleSession, consoleRead } from "./consoleRead.ts";

const LIMITS = { timeoutMs: 1234, rowLimit: 3 };

/** A session whose one transaction streams `total` rows (column x) or fails with `error`. */
function fakeSession(total: number, error?: Error) {
  const seen = {
    config: null as SessionConfig | null,
    txConfig: null as unknown,
    pulled: 0,
    cancelled: false,
    closed: false,
    query: "",
    params: null as unknown,
  };
  const result = {
    keys: async () => ["x"],
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        if (error) throw error;
        if (seen.pulled >= total) return { done: true, value: undefined };
        seen.pulled += 1;
        return { done: false, value: new DriverRecord(["x"], [neo4j.int(seen.pulled)]) };
      },
      return: async () => {
        seen.cancelled = true;
        return { done: true, value: undefined };
      },
    }),
  };
  const session = {
    executeRead: async (work: (tx: unknown) => Promise<unknown>, config: unknown) => {
      seen.txConfig = config;
      return work({
        run: (query: string, params: unknown) => {
          seen.query = query;
          seen.params = params;
          return result;
        },
      });
    },
    close: async () => {
      seen.closed = true;
    },
  } as unknown as ConsoleSession;
  const open = (config: SessionConfig) => {
    seen.config = config;
    return session;
  };
  return { open, seen };
}

describe("consoleRead", () => {
  it("opens a READ session and passes the timeout to Neo4j as transaction config", async () => {
    const { open, seen } = fakeSession(1);
    await consoleRead(open, "RETURN 1 AS x", { a: 1 }, LIMITS);
    expect(seen.config?.defaultAccessMode).toBe(neo4j.session.READ);
    expect(seen.txConfig).toEqual({ timeout: 1234 });
    expect(seen.closed).toBe(true);
  });

  it("sends the query exactly as written, with its parameters", async () => {
    const { open, seen } = fakeSession(1);
    await consoleRead(open, "UNWIND range(1, 9) AS x RETURN x", { n: 2 }, LIMITS);
    expect(seen.query).toBe("UNWIND range(1, 9) AS x RETURN x");
    expect(seen.params).toEqual({ n: 2 });
  });

  it("keeps at most rowLimit rows, says truncated and cancels the rest of the stream", async () => {
    const { open, seen } = fakeSession(1000);
    const rows = await consoleRead(open, "q", {}, LIMITS);
    expect(rows.records.map((r) => (r[0] as { toNumber(): number }).toNumber())).toEqual([1, 2, 3]);
    expect(rows.truncated).toBe(true);
    expect(rows.columns).toEqual(["x"]);
    expect(seen.pulled).toBe(4);
    expect(seen.cancelled).toBe(true);
  });

  it("is not truncated when the result has exactly rowLimit rows", async () => {
    const { open, seen } = fakeSession(3);
    const rows = await consoleRead(open, "q", {}, LIMITS);
    expect(rows.records).toHaveLength(3);
    expect(rows.truncated).toBe(false);
    expect(seen.cancelled).toBe(false);
  });

  it("asks for no bigger batches than it can keep", async () => {
    const { open, seen } = fakeSession(0);
    await consoleRead(open, "q", {}, LIMITS);
    expect(seen.config?.fetchSize).toBe(4);
  });
});

const refused = (code: string, message = "refused") => new Neo4jError(message, code, "50N42", "error");

const errorOf = async (error: Error) => {
  const { open, seen } = fakeSession(0, error);
  const thrown = await consoleRead(open, "q", {}, LIMITS).catch((e: unknown) => e);
  expect(seen.closed).toBe(true);
  return thrown;
};

describe("consoleRead refusals", () => {
  it("a write in the read transaction (AccessMode) becomes a 'write' refusal saying nothing changed", async () => {
    const thrown = await errorOf(
      refused("Neo.ClientError.Statement.AccessMode", "Writing in read access mode not allowed.\nmore"),
    );
    expect(thrown).toBeInstanceOf(ConsoleError);
    expect((thrown as ConsoleError).code).toBe("write");
    expect((thrown as Error).message).toMatch(/read-only.*nothing was changed/);
    expect((thrown as Error).message).toContain("Writing in read access mode not allowed.");
    expect((thrown as Error).message).not.toContain("more");
  });

  it.each([
    "Neo.ClientError.Transaction.TransactionTimedOut",
    "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
    "Neo.TransientError.Transaction.TransactionTimedOut",
  ])("%s becomes a 'timeout' refusal naming the limit", async (code) => {
    const thrown = await errorOf(refused(code, "The transaction has not completed within the timeout"));
    expect((thrown as ConsoleError).code).toBe("timeout");
    expect((thrown as Error).message).toMatch(/1234 ms/);
  });

  it("a terminated transaction is a timeout only when Neo4j says it timed out", async () => {
    const timedOut = await errorOf(
      refused("Neo.ClientError.Transaction.Terminated", "The transaction has been terminated: timed out"),
    );
    expect((timedOut as ConsoleError).code).toBe("timeout");
    const killed = await errorOf(
      refused("Neo.ClientError.Transaction.Terminated", "The transaction has been terminated."),
    );
    expect((killed as ConsoleError).code).toBe("query");
  });

  it("Neo4j's syntax and semantic errors become 'syntax' and 'query' with Neo4j's first line", async () => {
    const syntax = await errorOf(refused("Neo.ClientError.Statement.SyntaxError", "Invalid input 'X'\n ^"));
    expect(syntax).toMatchObject({ code: "syntax", message: "Invalid input 'X'" });
    const semantic = await errorOf(refused("Neo.ClientError.Statement.ParameterMissing", "Expected $p"));
    expect(semantic).toMatchObject({ code: "query", message: "Neo4j refused the query: Expected $p" });
  });

  it("an outage is still StoreUnavailableError (503), and an unknown failure is left alone", async () => {
    expect(await errorOf(refused(neo4j.error.SERVICE_UNAVAILABLE))).toBeInstanceOf(StoreUnavailableError);
    const odd = new Error("driver bug");
    expect(await errorOf(odd)).toBe(odd);
  });
});
