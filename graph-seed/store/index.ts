/**
 * Picks the store from the environment: Neo4j when NEO4J_URI is set, the embedded store otherwise.
 * The store is returned un-initialised; the caller runs init() (and decides what a failure means).
 */
import type { GraphStore } from "../../model/store.ts";
import { createMemoryStore } from "./memory/index.ts";

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  /** null: the server's default database. */
  database: string | null;
}

type Neo4jModule = { createNeo4jStore: (options: Neo4jOptions) => GraphStore };

/** Imported lazily (and by a computed name) so the embedded path never loads neo4j-driver. */
const NEO4J_MODULE = "./neo4j/index.ts";

export async function createStoreFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<GraphStore> {
  if (!env.NEO4J_URI) {
    return createMemoryStore({ snapshotPath: env.EMBEDDED_SNAPSHOT ?? undefined });
  }
  const { createNeo4jStore } = (await import(/* @vite-ignore */ NEO4J_MODULE)) as Neo4jModule;
  return createNeo4jStore({
    uri: env.NEO4J_URI,
    user: env.NEO4J_USER ?? "neo4j",
    password: env.NEO4J_PASSWORD ?? "",
    database: env.NEO4J_DATABASE ?? null,
  });
}
