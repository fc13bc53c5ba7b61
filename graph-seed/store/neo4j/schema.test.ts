/** The schema is created once and versioned: opening an up-to-date database runs one read and nothing else. */
import { describe, expect, it } from "vitest";
import { EDGE_KINDS } from "../../../model/kinds.ts";
import {
  AWAIT_INDEXES,
  SCHEMA_STATEMENTS,
  SCHEMA_VERSION,
  SCHEMA_VERSION_READ,
  SCHEMA_VERSION_WRITE,
} from "./cypher.ts";
import { createNeo4jStoreOn } from "./index.ts";
import { ensureSchema, fingerprintOf, SCHEMA_FINGERPRINT } from "./schema.ts";
import type { TxRun } from "./session.ts";
import { createSimulatedRunner } from "./simulatedDb.ts";

describe("schema", () => {
  it("a new database gets every constraint and index, waits for them, then records the version", async () => {
    const runner = createSimulatedRunner();
    expect(await ensureSchema(runner)).toBe("created");
    const sent = runner.db.log.map((l) => l.query);
    expect(sent).toEqual([SCHEMA_VERSION_READ, ...SCHEMA_STATEMENTS, AWAIT_INDEXES, SCHEMA_VERSION_WRITE]);
    expect(runner.db.schema).toEqual({ version: SCHEMA_VERSION, fingerprint: SCHEMA_FINGERPRINT });
  });

  it("opening it again is a no-op: one read", async () => {
    const runner = createSimulatedRunner();
    const store = createNeo4jStoreOn(runner);
    await store.init();
    runner.db.log.length = 0;
    await store.init();
    expect(runner.db.log.map((l) => l.query)).toEqual([SCHEMA_VERSION_READ]);
  });

  it("another version or another set of statements runs them again (IF NOT EXISTS keeps that harmless)", async () => {
    for (const recorded of [
      { version: SCHEMA_VERSION - 1, fingerprint: SCHEMA_FINGERPRINT },
      { version: SCHEMA_VERSION, fingerprint: "an older set" },
    ]) {
      const runner = createSimulatedRunner();
      runner.db.schema = recorded;
      expect(await ensureSchema(runner)).toBe("created");
      expect(runner.db.schema).toEqual({ version: SCHEMA_VERSION, fingerprint: SCHEMA_FINGERPRINT });
    }
  });

  it("every schema statement is idempotent and edge ids are unique per relationship type", () => {
    for (const s of SCHEMA_STATEMENTS) expect(s).toMatch(/ IF NOT EXISTS /);
    expect(
      SCHEMA_STATEMENTS.filter((s) => /FOR \(\)-\[r:\w+\]-\(\) REQUIRE r\.id IS UNIQUE/.test(s)),
    ).toHaveLength(EDGE_KINDS.length);
    expect(SCHEMA_STATEMENTS.some((s) => /FOR \(e:Event\) ON \(e\.date\)/.test(s))).toBe(true);
  });
});

describe("schema: statements kept beside the reads", () => {
  it("extra statements (a fulltext index) run with the rest and count in the fingerprint", async () => {
    const fulltext = "CREATE FULLTEXT INDEX node_search IF NOT EXISTS FOR (n:Node) ON EACH [n.nameAr]";
    const runner = createSimulatedRunner();
    await ensureSchema(runner);
    const statements = new Set<string>();
    const recording = {
      ...runner,
      write: <T>(work: (run: TxRun) => Promise<T>) =>
        runner.write((run) =>
          work(async (q, p) => {
            statements.add(q);
            return q === fulltext ? [] : run(q, p);
          }),
        ),
    };
    expect(await ensureSchema(recording, [fulltext])).toBe("created");
    expect(statements.has(fulltext)).toBe(true);
    expect(runner.db.schema?.fingerprint).toBe(fingerprintOf([...SCHEMA_STATEMENTS, fulltext]));
    expect(await ensureSchema(recording, [fulltext])).toBe("up-to-date");
  });
});
