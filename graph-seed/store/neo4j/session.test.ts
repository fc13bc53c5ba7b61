/** Connection failures with the real driver against a port where no Neo4j listens: 503 material, fast. */
import neo4j, { Neo4jError } from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { StoreUnavailableError } from "../../../model/store.ts";
import { createNeo4jStore } from "./index.ts";
import { isUnavailable, mapDriverError } from "./session.ts";

describe("driver errors", () => {
  it("maps ServiceUnavailable and SessionExpired to StoreUnavailableError, keeping the cause", () => {
    for (const code of [neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED]) {
      const cause = new Neo4jError("connection lost\nstack detail", code, "08000", "connection error");
      const mapped = mapDriverError(cause);
      expect(mapped).toBeInstanceOf(StoreUnavailableError);
      expect((mapped as Error).message).toBe("Neo4j is unavailable: connection lost");
      expect((mapped as Error).cause).toBe(cause);
    }
  });

  it("keeps the driver's first sentence and root cause, not its advice paragraph", () => {
    const message =
      "Failed to connect to server. Please ensure that your database is listening on the correct host. Caused by: connect ECONNREFUSED 127.0.0.1:9";
    const mapped = mapDriverError(
      new Neo4jError(message, neo4j.error.SERVICE_UNAVAILABLE, "08000", "connection error"),
    );
    expect((mapped as Error).message).toBe(
      "Neo4j is unavailable: Failed to connect to server. (connect ECONNREFUSED 127.0.0.1:9)",
    );
  });

  it("leaves statement errors alone: a bad query is a bug, not an outage", () => {
    const syntax = new Neo4jError(
      "Invalid input",
      "Neo.ClientError.Statement.SyntaxError",
      "42001",
      "syntax error",
    );
    expect(isUnavailable(syntax)).toBe(false);
    expect(mapDriverError(syntax)).toBe(syntax);
    expect(isUnavailable(new Error("plain"))).toBe(false);
  });
});

describe("a store whose database is unreachable", () => {
  // Port 9 (discard) on loopback: nothing listens, so the connection is refused at once.
  const store = createNeo4jStore({
    uri: "bolt://127.0.0.1:9",
    user: "neo4j",
    password: "x",
    database: "neo4j",
  });
  afterAll(() => store.close());

  it("ping() rejects with StoreUnavailableError", async () => {
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it("reads reject with StoreUnavailableError too, and the store stays usable for the next call", async () => {
    await expect(store.stats()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.hasNode("person:x" as never)).rejects.toBeInstanceOf(StoreUnavailableError);
  }, 20_000);

  it("refuses a config without a uri with a message saying what is missing", () => {
    expect(() => createNeo4jStore({ uri: "", user: "neo4j", password: "" })).toThrow(/NEO4J_URI/);
  });
});
