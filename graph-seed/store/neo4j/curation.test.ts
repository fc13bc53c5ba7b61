/**
 * The curation contract on the Neo4j store driven by the simulated database: the store's planning,
 * mapping, locking order and transaction shape, with no server. It proves nothing about Cypher itself
 * (neo4j/cypher.test.ts lints it; contract/contract.test.ts runs this same suite on a real Neo4j when NEO4J_URI is set).
 */
import { describe, expect, it } from "vitest";
import { loadArticles } from "../../load/load.ts";
import { curationContract } from "../contract/curation.ts";
import { corpus, fixtureExtract } from "../contract/stores.ts";
import { LOCK_NODES, WRITE_CORRECTIONS } from "./cypher.ts";
import { createNeo4jStoreOn } from "./index.ts";
import { createSimulatedRunner } from "./simulatedDb.ts";

describe("curation contract: Neo4j store, simulated database", () => {
  curationContract({
    name: "neo4j-simulated",
    skip: false,
    databaseReads: false,
    create: async () => createNeo4jStoreOn(createSimulatedRunner()),
  });
});

describe("Neo4j curation transactions", () => {
  it("locks the named nodes first and writes the correction in the same transaction as the change", async () => {
    const runner = createSimulatedRunner();
    const transactions: string[][] = [];
    const store = createNeo4jStoreOn({
      ...runner,
      write: (work) => {
        const statements: string[] = [];
        transactions.push(statements);
        return runner.write((run) =>
          work((query, params) => {
            statements.push(query);
            return run(query, params);
          }),
        );
      },
    });
    await store.init();
    await loadArticles(store, corpus, fixtureExtract);
    transactions.length = 0;
    await store.curation.apply(
      {
        action: "set-status",
        target: { kind: "event", id: "event:ms-paris" },
        status: "confirmed",
        version: 0,
      },
      { name: "ed" },
    );
    expect(transactions).toHaveLength(1);
    const [tx] = transactions;
    expect(tx![0]).toBe(LOCK_NODES);
    expect(tx).toContain(WRITE_CORRECTIONS);
    expect(runner.db.corrections.size).toBe(1);
  });
});
