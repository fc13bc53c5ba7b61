/**
 * The ingest contract (contract/ingest.ts) over the Neo4j store on the simulated database, whose write
 * transactions roll back on failure: it checks the store's TypeScript (one transaction per ingest, the
 * id-clash lookup, ties re-derived around the touched events), not Cypher; the real-server run does that.
 * And what is sent: one write transaction holding the batch, the article and the ties.
 */
import { describe, expect, it } from "vitest";
import { summaryOf } from "../../load/load.ts";
import { toBatch } from "../../load/toBatch.ts";
import { FIXTURE_ARTICLES } from "../contract/fixtures.ts";
import { ingestContract, type WriteProbe } from "../contract/ingest.ts";
import { corpus } from "../contract/stores.ts";
import {
  DELETE_TIES_OF_PERSONS,
  READ_EDGES_WITH_IDS,
  TIE_EVENT_FACTS_OF_PERSONS,
  TIE_PERSONS_OF_EVENTS,
  WRITE_ARTICLE,
  WRITE_EDGES_BY_KIND,
  WRITE_NODES,
} from "./cypher.ts";
import { createNeo4jStoreOn } from "./index.ts";
import type { CypherRunner } from "./session.ts";
import { createSimulatedRunner, SimulatedGraph } from "./simulatedDb.ts";

/** Looks at the simulated database itself, so the check is about the writes, not about the reads. */
function databaseProbe(db: SimulatedGraph): WriteProbe {
  return {
    async everything() {
      const persons = [...db.nodes.values()].filter((n) => n.labels.has("Person")).length;
      const ties = db.rels
        .filter((r) => r.type === "MET" || r.type === "SPOKE_WITH")
        .map((r) => `${r.props.id}=${r.props.weight}`)
        .sort();
      const rels = db.rels.map((r) => `${r.type} ${r.start}->${r.end} ${JSON.stringify(r.props)}`).sort();
      const nodes = [...db.nodes.values()].map((n) => JSON.stringify(n.props)).sort();
      return { articles: db.articles.size, persons, ties, rels, nodes };
    },
    async articleText(_store, id) {
      const text = db.articles.get(id)?.text;
      return typeof text === "string" ? text : null;
    },
  };
}

describe("ingest contract: neo4j store on the simulated database", () => {
  const db = new SimulatedGraph();
  ingestContract(
    {
      name: "neo4j-simulated",
      skip: false,
      create: async () => createNeo4jStoreOn(createSimulatedRunner(db)),
    },
    databaseProbe(db),
  );
});

describe("what an ingest sends", () => {
  it("one write transaction: the batch read and written, the article, then the ties of its events", async () => {
    const runner = createSimulatedRunner();
    const transactions: string[][] = [];
    const counting: CypherRunner = {
      ...runner,
      write: (work) => {
        const statements: string[] = [];
        transactions.push(statements);
        return runner.write((run) =>
          work((q, p) => {
            statements.push(q);
            return run(q, p);
          }),
        );
      },
    };
    const store = createNeo4jStoreOn(counting);
    const fixture = FIXTURE_ARTICLES[0]!;
    const batch = toBatch(fixture.extraction, fixture.text);
    await store.ingest({
      batch,
      article: { summary: summaryOf(corpus[0]!.meta, fixture.text), text: fixture.text },
    });
    expect(transactions).toHaveLength(1);
    const sent = transactions[0]!;
    const at = (q: string) => sent.indexOf(q);
    expect(at(READ_EDGES_WITH_IDS)).toBeGreaterThanOrEqual(0);
    expect(at(READ_EDGES_WITH_IDS)).toBeLessThan(at(WRITE_NODES));
    expect(at(WRITE_NODES)).toBeLessThan(at(WRITE_ARTICLE));
    expect(at(WRITE_ARTICLE)).toBeLessThan(at(TIE_PERSONS_OF_EVENTS));
    expect(at(TIE_PERSONS_OF_EVENTS)).toBeLessThan(at(TIE_EVENT_FACTS_OF_PERSONS));
    expect(at(TIE_EVENT_FACTS_OF_PERSONS)).toBeLessThan(at(DELETE_TIES_OF_PERSONS));
    expect(sent.lastIndexOf(WRITE_EDGES_BY_KIND.MET)).toBeGreaterThan(at(DELETE_TIES_OF_PERSONS));
    // The ties come from the persons of this article's events, not from a scan of every event.
    const persons = runner.db.log.find((l) => l.query === TIE_EVENT_FACTS_OF_PERSONS)!.params.ids as string[];
    expect(persons.sort()).toEqual(["person:macron", "person:scholz"]);
  });
});
