/** The Neo4j store's name index: built once, folded with its own writes, rebuilt when stale. */
import { describe, expect, it } from "vitest";
import { searchQuerySchema } from "../../../model/api.ts";
import type { GraphNode } from "../../../model/graph.ts";
import { nodeId } from "../../../model/ids.ts";
import { NODES_OF_KINDS } from "./cypher.ts";
import { createNeo4jStoreOn } from "./index.ts";
import { Neo4jSearch } from "./search.ts";
import { createSimulatedRunner } from "./simulatedDb.ts";

const lavrov: GraphNode = {
  id: nodeId("person:lavrov"),
  kind: "Person",
  name: { ar: "سيرغي لافروف", en: "Sergey Lavrov" },
  aliases: ["لافروف"],
};
const shoukry: GraphNode = {
  id: nodeId("person:shoukry"),
  kind: "Person",
  name: { ar: "سامح شكري", en: "Sameh Shoukry" },
};
const q = (text: string) => searchQuerySchema.parse({ q: text });

describe("Neo4jSearch", () => {
  it("builds the index with one query, then answers from it until it is a minute old", async () => {
    const runner = createSimulatedRunner();
    await createNeo4jStoreOn(runner).upsert({ nodes: [lavrov], edges: [] });
    let now = 0;
    const search = new Neo4jSearch(runner, () => now);
    const builds = () => runner.db.log.filter((l) => l.query === NODES_OF_KINDS).length;

    expect((await search.search(q("Lavrov"))).map((h) => h.node.id)).toEqual(["person:lavrov"]);
    expect((await search.search(q("لافروف"))).map((h) => h.node.id)).toEqual(["person:lavrov"]);
    expect(builds()).toBe(1);

    // Another process writes a node: not seen until the index is rebuilt.
    await createNeo4jStoreOn(runner).upsert({ nodes: [shoukry], edges: [] });
    expect(await search.search(q("Shoukry"))).toEqual([]);
    now += 61_000;
    expect((await search.search(q("Shoukry"))).map((h) => h.node.id)).toEqual(["person:shoukry"]);
    expect(builds()).toBe(2);
  });

  it("folds the store's own upserts in at once, and forgets everything on clear", async () => {
    const store = createNeo4jStoreOn(createSimulatedRunner());
    await store.upsert({ nodes: [lavrov], edges: [] });
    expect(await store.search(q("Lavrov"))).toHaveLength(1);
    await store.upsert({ nodes: [shoukry], edges: [] });
    expect((await store.search(q("شكري"))).map((h) => h.node.id)).toEqual(["person:shoukry"]);
    await store.clear();
    expect(await store.search(q("Lavrov"))).toEqual([]);
  });

  it("drops hits whose node is gone from the database since the index was built", async () => {
    const runner = createSimulatedRunner();
    const store = createNeo4jStoreOn(runner);
    await store.upsert({ nodes: [lavrov], edges: [] });
    expect(await store.search(q("Lavrov"))).toHaveLength(1);
    runner.db.nodes.delete("person:lavrov");
    expect(await store.search(q("Lavrov"))).toEqual([]);
  });
});
