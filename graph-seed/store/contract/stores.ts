/**
 * The stores the contract suite runs against, and the fixture corpus it loads: the embedded store
 * always, Neo4j (imported lazily) only when NEO4J_URI is set.
 */
import type { GraphStore } from "../../../model/store.ts";
import type { CorpusArticle } from "../../corpus/readCorpus.ts";
import { createMemoryStore } from "../memory/index.ts";
import { FIXTURE_ARTICLES } from "./fixtures.ts";

export interface Factory {
  name: string;
  create: () => Promise<GraphStore>;
  skip: boolean;
  /**
   * false for the Neo4j store over the simulated database, which cannot answer the reads only a real
   * Neo4j runs (search, the ranked people view, ego networks, paths): the cases skip those reads.
   */
  databaseReads?: boolean;
}

const NEO4J_MODULE = "../neo4j/index.ts";
export const factories: Factory[] = [
  { name: "embedded", create: async () => createMemoryStore({ snapshotPath: null }), skip: false },
  {
    name: "neo4j",
    skip: !process.env.NEO4J_URI,
    create: async () => {
      const { createNeo4jStore } = (await import(/* @vite-ignore */ NEO4J_MODULE)) as {
        createNeo4jStore: (o: {
          uri: string;
          user: string;
          password: string;
          database: string | null;
        }) => GraphStore;
      };
      const env = process.env;
      return createNeo4jStore({
        uri: env.NEO4J_URI!,
        user: env.NEO4J_USER ?? "neo4j",
        password: env.NEO4J_PASSWORD ?? "",
        database: env.NEO4J_DATABASE ?? null,
      });
    },
  },
];

export const corpus: CorpusArticle[] = FIXTURE_ARTICLES.map((a) => ({
  meta: a.meta,
  text: a.text,
  path: `${a.meta.id}.txt`,
}));
const byId = new Map(FIXTURE_ARTICLES.map((a) => [a.meta.id, a.extraction]));
export const fixtureExtract = (_text: string, meta: { id: string }) => byId.get(meta.id)!;
