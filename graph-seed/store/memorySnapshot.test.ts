/** The embedded store's JSON snapshot: a full round trip, and a clear refusal of a corrupt file. */
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchQuerySchema } from "../../model/api.ts";
import { articleId, nodeId } from "../../model/ids.ts";
import { loadArticles } from "../load/load.ts";
import { corpus, fixtureExtract } from "./contractStores.ts";
import { createMemoryStore } from "./memory.ts";

const macron = nodeId("person:macron");

describe("embedded store snapshot", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "h3-snapshot-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("round-trips the whole graph and the articles through the JSON snapshot", async () => {
    const snapshotPath = join(dir, "nested", "graph.json");
    const first = createMemoryStore({ snapshotPath });
    await first.init();
    await loadArticles(first, corpus, fixtureExtract);
    await first.close();
    const second = createMemoryStore({ snapshotPath });
    await second.init();
    expect(await second.stats()).toEqual(await first.stats());
    expect(await second.node(macron)).toEqual(await first.node(macron));
    expect(await second.article(articleId("fx_a1"))).toEqual(await first.article(articleId("fx_a1")));
    expect((await second.search(searchQuerySchema.parse({ q: "وماكرون" })))[0]?.node.id).toBe(
      "person:macron",
    );
    await second.clear();
    const third = createMemoryStore({ snapshotPath });
    await third.init();
    expect((await third.stats()).articles).toBe(0);
  });

  it("bulk() defers the snapshot to the end of the work, then writes everything once", async () => {
    const snapshotPath = join(dir, "bulk.json");
    const store = createMemoryStore({ snapshotPath });
    await store.init();
    let existedInside = true;
    await store.bulk!(async () => {
      await loadArticles(store, corpus.slice(0, 1), fixtureExtract);
      existedInside = await stat(snapshotPath).then(
        () => true,
        () => false,
      );
    });
    expect(existedInside).toBe(false);
    const reread = createMemoryStore({ snapshotPath });
    await reread.init();
    expect((await reread.stats()).articles).toBe(1);
  });

  it("refuses a corrupt snapshot with a message naming the file", async () => {
    const snapshotPath = join(dir, "bad.json");
    await writeFile(snapshotPath, "{not json");
    await expect(createMemoryStore({ snapshotPath }).init()).rejects.toThrow(/bad\.json/);
  });
});
