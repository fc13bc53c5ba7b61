/**
 * The embedded store's writes are all-or-nothing: a write whose snapshot cannot be saved, or a bulk whose
 * work throws, leaves the graph, the articles, MET, the search index and path projections as they were.
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { graphQuerySchema, pathQuerySchema, searchQuerySchema } from "../../../model/api.ts";
import type { GraphStore } from "../../../model/store.ts";
import { loadArticles, loadOne } from "../../load/load.ts";
import { corpus, fixtureExtract } from "../contract/stores.ts";
import { createMemoryStore } from "./index.ts";

const everything = async (store: GraphStore) => ({
  stats: await store.stats(),
  events: await store.graph(graphQuerySchema.parse({ limit: "20000" })),
  people: await store.graph(graphQuerySchema.parse({ view: "people" })),
  articles: await store.articles(),
});

/** Names of nodes only the last fixture article brings in, to check the search index. */
const newNames = async (store: GraphStore, names: string[]) =>
  (await Promise.all(names.map((q) => store.search(searchQuerySchema.parse({ q }))))).flat();

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "memory-undo-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function loadedStore(snapshotPath: string | null) {
  const store = createMemoryStore({ snapshotPath });
  await store.init();
  await loadArticles(store, corpus.slice(0, -1), fixtureExtract);
  return store;
}

const last = corpus.at(-1)!;

describe("embedded store rollback", () => {
  it("undoes every write of a bulk whose work throws, MET included", async () => {
    const store = await loadedStore(null);
    const before = await everything(store);
    // Warm the path projections so a stale neighbour list would show.
    const firstPerson = before.people.nodes[0]!.id;
    const pathsBefore = await store.paths(pathQuerySchema.parse({ from: firstPerson, to: firstPerson }));

    const failed = store.bulk!(async () => {
      await loadOne(store, last, fixtureExtract);
      await store.refreshDerived();
      throw new Error("the caller gave up");
    });
    await expect(failed).rejects.toThrow("the caller gave up");

    expect(await everything(store)).toEqual(before);
    expect(await store.paths(pathQuerySchema.parse({ from: firstPerson, to: firstPerson }))).toEqual(
      pathsBefore,
    );
    // And the store still takes the same writes afterwards.
    await loadArticles(store, [last], fixtureExtract);
    expect((await store.stats()).articles).toBe(before.stats.articles + 1);
  });

  it("undoes an upsert, and leaves the search index as it was, when the snapshot cannot be saved", async () => {
    const snapshotPath = join(dir, "graph.json");
    const store = await loadedStore(snapshotPath);
    const before = await everything(store);
    const full = createMemoryStore({ snapshotPath: null });
    await full.init();
    await loadArticles(full, corpus, fixtureExtract);
    const added = (await full.graph(graphQuerySchema.parse({ limit: "20000" }))).nodes.filter(
      (n) => !before.events.nodes.some((m) => m.id === n.id) && n.kind === "Person",
    );
    expect(added.length).toBeGreaterThan(0);

    // A non-empty folder where the snapshot file is: the rename that saves it fails.
    await rm(snapshotPath);
    await mkdir(join(snapshotPath, "blocked"), { recursive: true });
    await expect(loadOne(store, last, fixtureExtract)).rejects.toThrow();

    expect(await everything(store)).toEqual(before);
    const hits = await newNames(
      store,
      added.map((n) => n.name.ar),
    );
    expect(hits.filter((hit) => added.some((n) => n.id === hit.node.id))).toEqual([]);
  });

  it("undoes a bulk whose closing snapshot cannot be saved", async () => {
    const snapshotPath = join(dir, "graph.json");
    const store = await loadedStore(snapshotPath);
    const before = await everything(store);
    await rm(snapshotPath);
    await mkdir(join(snapshotPath, "blocked"), { recursive: true });
    await expect(loadArticles(store, [last], fixtureExtract)).rejects.toThrow();
    expect(await everything(store)).toEqual(before);
  });
});
