import { afterEach, describe, expect, it } from "vitest";
import type { SearchHit } from "../../model/api.ts";
import type { GraphNode } from "../../model/graph.ts";
import { nodeId } from "../../model/ids.ts";
import type { GraphStore } from "../../model/store.ts";
import { type Harness, startHarness } from "./harness.ts";

interface Counted {
  graph: number;
  search: number;
  node: number;
}

/** The store with its graph() and search() counted; `during` runs inside graph(), after it has answered. */
function counting(
  store: GraphStore,
  counts: Counted,
  options: { during?: () => Promise<void>; revision?: boolean } = {},
) {
  return new Proxy(store, {
    get(target, prop) {
      if (prop === "revision" && options.revision === false) return undefined;
      if (prop === "graph" || prop === "search" || prop === "node")
        return async (...args: never[]) => {
          counts[prop]++;
          return (target[prop] as (...a: never[]) => unknown)(...args);
        };
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

const person = (en: string, ar: string): GraphNode => ({
  id: nodeId(`person:${en.toLowerCase().replace(/ /g, "-")}`),
  kind: "Person",
  name: { ar, en },
});

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

async function start(options: { revision?: boolean; off?: boolean } = {}) {
  const counts: Counted = { graph: 0, search: 0, node: 0 };
  h = await startHarness({
    store: (memory) => counting(memory, counts, options),
    app: options.off ? { readCache: null } : {},
  });
  return counts;
}

describe("answers kept until the graph changes", () => {
  it("serves a repeated read from the cache, byte for byte", async () => {
    const counts = await start();
    const first = await fetch(`${h!.url}/api/graph`);
    const second = await fetch(`${h!.url}/api/graph`);
    expect(second.status).toBe(200);
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get("content-type")).toMatch(/^application\/json/);
    expect(second.headers.get("x-content-type-options")).toBe("nosniff");
    expect(counts.graph).toBe(1);
    await fetch(`${h!.url}/api/graph?view=people`);
    expect(counts.graph).toBe(2);
  });

  it("answers from the graph again after any write", async () => {
    const counts = await start();
    const before = await h!.get<SearchHit[]>("/api/search?q=Quillfeather");
    expect(before.body).toEqual([]);
    await h!.store.upsert({ nodes: [person("Ottilie Quillfeather", "أوتيلي كويلفيذر")], edges: [] });
    const after = await h!.get<SearchHit[]>("/api/search?q=Quillfeather");
    expect(after.body.map((hit) => hit.node.name.en)).toEqual(["Ottilie Quillfeather"]);
    expect(counts.search).toBe(2);
  });

  it("keeps nothing when turned off (READ_CACHE_MB=0)", async () => {
    const counts = await start({ off: true });
    await h!.get("/api/graph");
    await h!.get("/api/graph");
    expect(counts.graph).toBe(2);
  });

  it("keeps nothing for a store without a revision (Neo4j)", async () => {
    const counts = await start({ revision: false });
    await h!.get("/api/graph");
    await h!.get("/api/graph");
    expect(counts.graph).toBe(2);
  });

  it("keeps no error answer, and checks every request before a hit", async () => {
    const counts = await start();
    const id = encodeURIComponent("person:winifred-oakhollow");
    expect((await h!.get(`/api/nodes/${id}`)).status).toBe(404);
    // No write in between: a kept 404 would be served without asking the store again.
    expect((await h!.get(`/api/nodes/${id}`)).status).toBe(404);
    expect(counts.node).toBe(2);
    await h!.store.upsert({ nodes: [person("Winifred Oakhollow", "وينيفريد أوكهولو")], edges: [] });
    expect((await h!.get(`/api/nodes/${id}`)).status).toBe(200);
    const rebound = await h!.app.inject({ url: `/api/nodes/${id}`, headers: { host: "attacker.example" } });
    expect(rebound.statusCode).toBe(403);
  });
});
