/**
 * POST /api/cypher, the Cypher console (issue 13): its answers on the embedded store (409, pointing at
 * the Questions panel), its validation, and on a Neo4j store over a scripted runner the status of each
 * refusal (syntax 400, write 403, timeout 422), the server's limits reaching the store, and its rate limit.
 */
import neo4j, { Neo4jError } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toConsoleError } from "../../graph-seed/store/neo4j/consoleErrors.ts";
import type { ConsoleRows } from "../../graph-seed/store/neo4j/consoleRead.ts";
import {
  CONSOLE_BAD_SYNTAX,
  CONSOLE_READS,
  CONSOLE_SLOW,
  CONSOLE_WRITE,
} from "../../graph-seed/store/neo4j/cypherConsoleSamples.ts";
import { fakeRunner } from "../../graph-seed/store/neo4j/fakeRunner.ts";
import { createNeo4jStoreOn } from "../../graph-seed/store/neo4j/index.ts";
import type { Params } from "../../graph-seed/store/neo4j/session.ts";
import type { ErrorBody } from "../../model/api.ts";
import { type ConsoleAnswer, type ConsoleLimits, MAX_PARAMS_JSON } from "../../model/cypherConsole.ts";
import { type Harness, removeHarnessFiles, startHarness } from "./harness.ts";

describe("POST /api/cypher on the embedded store", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
    await removeHarnessFiles(h);
  });

  it("answers 409: the console needs Neo4j; ask with the Questions panel", async () => {
    const res = await h.post<ErrorBody>("/api/cypher", { query: CONSOLE_READS.people });
    expect(res.status).toBe(409);
    expect(res.body.error).toBe("Conflict");
    expect(res.body.message).toMatch(/needs the Neo4j store/);
    expect(res.body.message).toMatch(/Questions panel/);
  });

  it.each([
    ["no query", {}, /query/],
    ["an empty query", { query: "   " }, /write a Cypher query/],
    ["a query too long", { query: "RETURN 1 ".repeat(5000) }, /limited to 20000 characters/],
    ["parameters that are not an object", { query: "RETURN $x", params: [1] }, /params/],
    ["an unknown field", { query: "RETURN 1", timeout: 99 }, /timeout/],
    [
      "parameters too large",
      { query: "RETURN $x", params: { x: "a".repeat(MAX_PARAMS_JSON) } },
      /parameters are limited to 64 KB/,
    ],
  ])("validates the body before the store: %s is a 400", async (_what, body, message) => {
    const res = await h.post<ErrorBody>("/api/cypher", body);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(message);
  });

  it("GET /api/health names the store, which is how the web knows the console is off", async () => {
    const res = await h.get<{ store: string }>("/api/health");
    expect(res.body.store).toBe("embedded");
  });
});

type Script = (query: string, params: Params, limits: ConsoleLimits) => ConsoleRows;

/** A Neo4j store whose console answers by `script`; each call's limits are recorded. */
function neo4jStore(script: Script) {
  const calls: { query: string; params: Params; limits: ConsoleLimits }[] = [];
  const db = fakeRunner(new Map());
  db.consoleRead = async (query, params, limits) => {
    calls.push({ query, params, limits });
    try {
      return script(query, params, limits);
    } catch (error) {
      throw toConsoleError(error, limits);
    }
  };
  return { store: createNeo4jStoreOn(db), calls };
}

const neo4jError = (code: string, message: string) => new Neo4jError(message, code, "50N42", "error");

describe("POST /api/cypher on a Neo4j store", () => {
  let h: Harness;
  const limits = { timeoutMs: 1500, rowLimit: 2 };
  const { store, calls } = neo4jStore((query) => {
    if (query === CONSOLE_WRITE) {
      throw neo4jError("Neo.ClientError.Statement.AccessMode", "Writing in read access mode not allowed.");
    }
    if (query === CONSOLE_SLOW) {
      throw neo4jError(
        "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
        "The transaction has been terminated.",
      );
    }
    return { columns: ["x"], records: [[neo4j.int(1)], [neo4j.int(2)]], truncated: true };
  });
  beforeAll(async () => {
    h = await startHarness({
      store: () => store,
      app: {
        cypherConsole: limits,
        writeRateLimits: { articlesPerMinute: 30, writesPerMinute: 600, cypherPerMinute: 6 },
      },
    });
  });
  afterAll(async () => {
    await h.close();
    await store.close(); // ends the lint thread
    await removeHarnessFiles(h);
  });

  it("answers rows, columns and truncated, running with the server's limits and the parameters", async () => {
    const res = await h.post<ConsoleAnswer>("/api/cypher", { query: CONSOLE_READS.many, params: { n: 3 } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      columns: ["x"],
      rows: [[1], [2]],
      truncated: true,
      limits,
      graph: { nodes: [], edges: [] },
    });
    const call = calls.at(-1)!;
    expect(call.limits).toEqual(limits);
    expect(call.query).toBe(CONSOLE_READS.many);
    expect(neo4j.isInt(call.params.n)).toBe(true);
  });

  it("names lines as typed: leading blank lines count", async () => {
    const res = await h.post<ErrorBody>("/api/cypher", { query: `\n\n${CONSOLE_BAD_SYNTAX.unclosed}` });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/line 3, column 10/);
  });

  it("a syntax error is a 400 with the parser's message, and the database is not asked", async () => {
    const before = calls.length;
    const res = await h.post<ErrorBody>("/api/cypher", { query: CONSOLE_BAD_SYNTAX.unclosed });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/not valid Cypher: line 1, column 10: Invalid input 'RETURN'/);
    expect(calls.length).toBe(before);
  });

  it("a write is a 403 saying the console is read-only and nothing changed", async () => {
    const res = await h.post<ErrorBody>("/api/cypher", { query: CONSOLE_WRITE });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: "Forbidden" });
    expect(res.body.message).toMatch(/read-only.*nothing was changed/);
  });

  it("a timeout is a 422 naming the limit", async () => {
    const res = await h.post<ErrorBody>("/api/cypher", { query: CONSOLE_SLOW });
    expect(res.status).toBe(422);
    expect(res.body.message).toMatch(/longer than the console's limit of 1500 ms/);
  });

  it("is rate limited per client with its own, lower limit", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await h.post("/api/cypher", { query: "RETURN 1" })).status);
    // Five earlier requests in this file, then six allowed a minute.
    expect(statuses).toEqual([200, 429, 429]);
  });
});
