/**
 * The Cypher console part of the GraphStore contract (issue 13), run by contract/contract.test.ts: on
 * Neo4j (NEO4J_URI set) a read answers rows and the app's nodes and edges, the row limit cuts, a write is
 * refused with nothing created and a long query is stopped by the timeout; the embedded store answers
 * "not-supported".
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  type ConsoleAnswer,
  type ConsoleLimits,
  type NodeCell,
  runConsoleQuery,
} from "../../../model/cypherConsole.ts";
import type { GraphStore } from "../../../model/store.ts";
import { loadArticles } from "../../load/load.ts";
import {
  CONSOLE_COUNT_WRITES,
  CONSOLE_READS,
  CONSOLE_SLOW,
  CONSOLE_WRITE,
} from "../neo4j/cypherConsoleSamples.ts";
import { corpus, type Factory, fixtureExtract } from "./stores.ts";

const LIMITS: ConsoleLimits = { timeoutMs: 10_000, rowLimit: 1000 };

export function consoleContract(factory: Factory, open: () => Promise<GraphStore>) {
  let store: GraphStore;
  const ask = (
    query: string,
    params: Record<string, unknown> = {},
    limits = LIMITS,
  ): Promise<ConsoleAnswer> => runConsoleQuery(store, { query, params }, limits);
  const refusal = (query: string, limits = LIMITS) => ask(query, {}, limits).catch((e: unknown) => e);

  beforeAll(async () => {
    store = await open();
    await loadArticles(store, corpus, fixtureExtract);
  });

  if (factory.name === "embedded") {
    it("the embedded store has no console: not-supported, pointing at the Questions panel", async () => {
      expect(store.runReadOnlyCypher).toBeUndefined();
      const thrown = await refusal(CONSOLE_READS.people);
      expect(thrown).toMatchObject({ code: "not-supported" });
      expect((thrown as Error).message).toMatch(/Questions panel/);
    });
    return;
  }

  describe("reads", () => {
    it("answers columns and rows of plain values", async () => {
      const answer = await ask(CONSOLE_READS.people);
      expect(answer.columns).toEqual(["id", "name"]);
      expect(answer.rows.map((r) => r[0])).toEqual(
        expect.arrayContaining(["person:macron", "person:scholz", "person:erdogan"]),
      );
      expect(answer.rows).toHaveLength(4);
      expect(answer.truncated).toBe(false);
    });

    it("answers nodes as the app's nodes, as the store's own reads give them", async () => {
      const answer = await ask(CONSOLE_READS.nodes);
      const cells = answer.rows.map((r) => r[0] as NodeCell);
      expect(cells.every((c) => c["@type"] === "node" && c.labels.includes("Person"))).toBe(true);
      const macron = cells.find((c) => c.graph?.id === "person:macron")!;
      expect(macron.graph).toEqual((await store.node(macron.graph!.id))?.node);
    });

    it("answers relationships as the app's edges, with their ends, also when only the edge is returned", async () => {
      const withEnds = await ask(CONSOLE_READS.ties);
      expect(withEnds.graph.edges.length).toBeGreaterThan(0);
      expect(withEnds.graph.edges.every((e) => e.kind === "MET")).toBe(true);
      const alone = await ask(CONSOLE_READS.tiesOnly);
      expect(alone.graph.edges.map((e) => e.id).sort()).toEqual(withEnds.graph.edges.map((e) => e.id).sort());
      const ends = new Set(alone.graph.edges.flatMap((e) => [e.source, e.target]));
      expect(alone.graph.nodes.map((n) => n.id).sort()).toEqual([...ends].sort());
    });

    it("takes parameters", async () => {
      const answer = await ask(CONSOLE_READS.withParams, { id: "person:macron" });
      expect(answer.rows).toEqual([["Person"]]);
    });

    it("stops at the row limit and says so", async () => {
      const answer = await ask(CONSOLE_READS.many, {}, { ...LIMITS, rowLimit: 10 });
      expect(answer.rows).toEqual(Array.from({ length: 10 }, (_, i) => [i + 1]));
      expect(answer.truncated).toBe(true);
    });
  });

  describe("refusals", () => {
    it("refuses a write, and nothing is created", async () => {
      const thrown = await refusal(CONSOLE_WRITE);
      expect(thrown).toMatchObject({ code: "write" });
      expect((await ask(CONSOLE_COUNT_WRITES)).rows).toEqual([[0]]);
    });

    it("stops a query that runs past the timeout", async () => {
      const thrown = await refusal(CONSOLE_SLOW, { ...LIMITS, timeoutMs: 50 });
      expect(thrown).toMatchObject({ code: "timeout" });
    });
  });
}
