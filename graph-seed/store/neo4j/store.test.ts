/**
 * The Neo4j store's own code path (mapping, fetch plans, assembly) against the embedded store, answer for
 * answer, on the contract fixtures and on the seed corpus through the real extractor. The database is the
 * statement-level simulation (neo4j/simulatedDb.ts), so this checks our TypeScript, not Cypher; the
 * Cypher is linted in neo4j/cypher.test.ts and run for real by contract/contract.test.ts with NEO4J_URI.
 * The reads only a real database answers (ego networks, paths, the ranked people view) are compared only
 * against a live one: with NEO4J_URI and NEO4J_COMPARE=1 the whole comparison also runs against it (run
 * this file alone then: it clears the database, as the contract suite does). Search is not compared:
 * Lucene's scores are not the embedded index's; the contract suite checks what a search must find.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type GraphPath,
  graphQuerySchema,
  neighbourhoodQuerySchema,
  nodeQuerySchema,
  pathQuerySchema,
  timelineQuerySchema,
} from "../../../model/api.ts";
import type { GraphBatch, GraphNode } from "../../../model/graph.ts";
import { type NodeId, nodeId } from "../../../model/ids.ts";
import type { GraphStore } from "../../../model/store.ts";
import { type CorpusArticle, readCorpus } from "../../corpus/readCorpus.ts";
import { extractArticle } from "../../extract/index.ts";
import { loadArticles } from "../../load/load.ts";
import { FIXTURE_ARTICLES } from "../contract/fixtures.ts";
import { createMemoryStore } from "../memory/index.ts";
import * as cypher from "./cypher.ts";
import * as reads from "./cypherReads.ts";
import { createNeo4jStore, createNeo4jStoreOn } from "./index.ts";
import { createSimulatedRunner, DATABASE_ONLY, SIMULATED_STATEMENTS } from "./simulatedDb.ts";

const fixtureCorpus: CorpusArticle[] = FIXTURE_ARTICLES.map((a) => ({
  meta: a.meta,
  text: a.text,
  path: `${a.meta.id}.txt`,
}));
const fixtureById = new Map(FIXTURE_ARTICLES.map((a) => [a.meta.id, a.extraction]));

interface Pair {
  memory: GraphStore;
  neo4j: GraphStore;
  nodes: GraphNode[];
}

const tempDirs: string[] = [];
afterAll(async () => {
  for (const dir of tempDirs) await rm(dir, { recursive: true, force: true });
});

/**
 * The embedded store is compared as a server would see it after a restart (reopened from its snapshot),
 * because its search index scores drift with the history of in-place re-indexing, and ours is built fresh.
 */
type Backend = { name: string; open: () => Promise<GraphStore>; live: boolean };

const BACKENDS: Backend[] = [
  { name: "simulated database", open: async () => createNeo4jStoreOn(createSimulatedRunner()), live: false },
];
if (process.env.NEO4J_URI && process.env.NEO4J_COMPARE) {
  BACKENDS.push({
    name: "live Neo4j",
    open: async () => {
      const env = process.env;
      const store = createNeo4jStore({
        uri: env.NEO4J_URI!,
        user: env.NEO4J_USER ?? "neo4j",
        password: env.NEO4J_PASSWORD ?? "",
        database: env.NEO4J_DATABASE ?? null,
      });
      await store.init();
      await store.clear();
      return store;
    },
    live: true,
  });
}

async function loadedPair(
  corpus: CorpusArticle[],
  extract: typeof extractArticle,
  backend: Backend,
): Promise<Pair> {
  const dir = await mkdtemp(join(tmpdir(), "h4-neo4j-"));
  tempDirs.push(dir);
  const snapshotPath = join(dir, "graph.json");
  const loaded = createMemoryStore({ snapshotPath });
  const neo4j = await backend.open();
  const reports = [];
  for (const store of [loaded, neo4j]) {
    await store.init();
    reports.push(await loadArticles(store, corpus, extract));
  }
  // Whatever the extractor makes of the corpus, both stores must have been given and kept the same.
  expect(reports[0]!.read).toBeGreaterThan(0);
  expect(reports[1]!.skipped).toEqual(reports[0]!.skipped);
  expect(reports[1]!.read).toBe(reports[0]!.read);
  await loaded.close();
  const memory = createMemoryStore({ snapshotPath });
  await memory.init();
  const nodes = (
    await memory.graph(
      graphQuerySchema.parse({
        kinds: "Person,Country,Place,Organization,Topic,Event,Article",
        limit: "20000",
      }),
    )
  ).nodes;
  return { memory, neo4j, nodes };
}

/** Both stores answer the same call the same way (the stats differ only in which store they name). */
async function same<T>(pair: Pair, ask: (s: GraphStore) => Promise<T>, what?: unknown) {
  const [a, b] = await Promise.all([ask(pair.memory), ask(pair.neo4j)]);
  expect(b, JSON.stringify(what)).toEqual(a);
  return a;
}

function expectValidPath(path: GraphPath, maxLength: number) {
  const ids = path.nodes.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(path.steps.length).toBe(ids.length - 1);
  expect(path.steps.length).toBeLessThanOrEqual(maxLength);
  path.steps.forEach((step, i) => {
    expect([step.from.id, step.to.id]).toEqual([ids[i], ids[i + 1]]);
    expect([step.edge.source, step.edge.target].sort()).toEqual([ids[i], ids[i + 1]].sort());
  });
}

/** Views ranked in the database: compared against a live one only. */
const RANKED_QUERIES = [
  {},
  { view: "people" },
  { view: "people", from: "2023" },
  { view: "people", from: "2017-11", to: "2018" },
  { view: "people", confirmedOnly: "true" },
  { view: "people", from: "2017-11", to: "2018", confirmedOnly: "true", limit: "2" },
  { view: "people", minWeight: "2" },
  { view: "people", limit: "2" },
  { kinds: "Person,Event" },
  { kinds: "Event,Article" },
  { from: "2017-11", to: "2018" },
  { from: "2023-01", to: "2023-06" },
  { minWeight: "2" },
  { includePlanned: "false" },
  { limit: "3" },
];
const TIMELINE_QUERIES = [
  {},
  { includePlanned: "false" },
  { types: "PhoneCall,Meeting" },
  { from: "2017-12", to: "2018" },
  { limit: "2" },
];

function suite(name: string, live: boolean, setup: () => Promise<Pair>) {
  describe(`Neo4j store ≡ embedded store: ${name}`, () => {
    let pair: Pair;
    beforeAll(async () => {
      pair = await setup();
    }, 120_000);
    afterAll(async () => {
      await pair?.neo4j.clear();
      await pair?.neo4j.close();
    });

    it("has nodes to compare", () => {
      expect(pair.nodes.length).toBeGreaterThan(5);
    });

    it("stats, article list and every article with its spans", async () => {
      const [a, b] = [await pair.memory.stats(), await pair.neo4j.stats()];
      expect({ ...b, store: "embedded" }).toEqual(a);
      const list = await same(pair, (s) => s.articles());
      for (const article of list) await same(pair, (s) => s.article(article.id));
      await same(pair, (s) => s.article("no-such-article" as never));
    });

    it.skipIf(!live).each(RANKED_QUERIES)("graph %o (ranked in the database)", async (q) => {
      await same(pair, (s) => s.graph(graphQuerySchema.parse(q)));
    });

    it.skipIf(!live)("graph filtered by each topic, both views", async () => {
      for (const topic of pair.nodes.filter((n) => n.kind === "Topic")) {
        await same(pair, (s) => s.graph(graphQuerySchema.parse({ topics: topic.id })));
        await same(pair, (s) => s.graph(graphQuerySchema.parse({ view: "people", topics: topic.id })));
      }
    });

    it("node details of every node, and null for an unknown id", async () => {
      for (const n of pair.nodes) await same(pair, (s) => s.node(n.id));
      await same(pair, (s) => s.node(nodeId("person:nobody")));
    });

    it("node details with their quotes cut, under each review filter", async () => {
      const cuts = [{ quotesPerItem: "1" }, { quotesPerItem: "2", confirmedOnly: "true" }];
      for (const n of pair.nodes)
        for (const cut of cuts) await same(pair, (s) => s.node(n.id, nodeQuerySchema.parse(cut)));
    });

    it.skipIf(!live)("neighbourhoods at depth 1–3, with and without kind filters", async () => {
      const centres = pair.nodes.filter((n) => n.kind !== "Event").slice(0, 8);
      for (const c of [...centres, ...pair.nodes.filter((n) => n.kind === "Article").slice(0, 1)]) {
        for (const depth of ["1", "2", "3"]) {
          await same(pair, (s) => s.neighbourhood(c.id, neighbourhoodQuerySchema.parse({ depth })));
          await same(pair, (s) =>
            s.neighbourhood(c.id, neighbourhoodQuerySchema.parse({ depth, kinds: "Person", limit: "3" })),
          );
        }
      }
      await same(pair, (s) => s.neighbourhood(nodeId("nope"), neighbourhoodQuerySchema.parse({})));
    });

    it.skipIf(!live)(
      "paths between person and country pairs, both views, several k and lengths",
      async () => {
        const ends = pair.nodes.filter((n) => n.kind === "Person" || n.kind === "Country").slice(0, 6);
        for (const a of ends) {
          for (const b of ends) {
            for (const q of [
              {},
              { k: "5", maxLength: "4" },
              { view: "people", k: "2" },
              { maxLength: "2" },
            ]) {
              const query = pathQuerySchema.parse({ from: a.id, to: b.id, ...q });
              const mine = await same(pair, (s) => s.paths(query), query);
              for (const p of mine?.paths ?? []) expectValidPath(p, query.maxLength);
            }
          }
        }
        await same(pair, (s) => s.paths(pathQuerySchema.parse({ from: ends[0]!.id, to: "nope" })));
      },
    );

    it.each(TIMELINE_QUERIES)("timeline %o, and per participant", async (q) => {
      await same(pair, (s) => s.timeline(timelineQuerySchema.parse(q)));
      for (const p of pair.nodes.filter((n) => n.kind === "Person").slice(0, 5)) {
        await same(pair, (s) => s.timeline(timelineQuerySchema.parse({ ...q, participant: p.id })));
      }
    });

    it("loading again reports the same upserts (all unchanged) and leaves the answers equal", async () => {
      const ids = pair.nodes.map((n) => n.id);
      const batch: GraphBatch = { nodes: pair.nodes.slice(0, 5), edges: [] };
      await same(pair, (s) => s.upsert(batch));
      await same(pair, async (s) => Promise.all(ids.slice(0, 5).map((id: NodeId) => s.hasNode(id))));
    });
  });
}

for (const backend of BACKENDS) {
  suite(`contract fixtures, ${backend.name}`, backend.live, () =>
    loadedPair(fixtureCorpus, (_t, meta) => fixtureById.get(meta.id)!, backend),
  );
  suite(`seed corpus through the real extractor, ${backend.name}`, backend.live, async () => {
    const { articles } = await readCorpus(join(import.meta.dirname, "../../articles"));
    return loadedPair(articles, extractArticle, backend);
  });
}

describe("simulated database", () => {
  it("answers every statement but those left to a real database (so the comparison above exercises them)", () => {
    const all = [cypher, reads].flatMap((module) =>
      Object.values(module).flatMap((v): unknown[] =>
        typeof v === "string" ? [v] : typeof v === "object" && v ? Object.values(v) : [],
      ),
    );
    const statements = all.filter((s): s is string => typeof s === "string");
    expect(statements.filter((s) => !SIMULATED_STATEMENTS.has(s) && !DATABASE_ONLY.has(s))).toEqual([]);
    expect([...DATABASE_ONLY].filter((s) => SIMULATED_STATEMENTS.has(s))).toEqual([]);
  });
});
