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
  /** Calls of revision(): the cache asks once as each cached read starts. */
  revision: number;
}

interface CountingOptions {
  /** Runs inside the first graph() call, after it has answered and before the answer is returned. */
  during?: () => Promise<void>;
  revision?: boolean;
}

/** The store with its reads and revision() counted. */
function counting(store: GraphStore, counts: Counted, options: CountingOptions = {}) {
  return new Proxy(store, {
    get(target, prop) {
      if (prop === "revision" && options.revision === false) return undefined;
      if (prop === "revision")
        return () => {
          counts.revision++;
          return target.revision!();
        };
      if (prop === "graph" || prop === "search" || prop === "node")
        return async (...args: never[]) => {
          counts[prop]++;
          const answer = await (target[prop] as (...a: never[]) => unknown)(...args);
          if (prop === "graph" && counts.graph === 1) await options.during?.();
          return answer;
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

async function start(options: CountingOptions & { off?: boolean } = {}) {
  const counts: Counted = { graph: 0, search: 0, node: 0, revision: 0 };
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

/** Resolves once `ready()` holds, checking after each turn of the event loop. */
async function until(ready: () => boolean) {
  while (!ready()) await new Promise((resolve) => setImmediate(resolve));
}

describe("reads at the same time, and reads during a write", () => {
  it("computes an answer once for readers asking for it at the same time", async () => {
    const counts: Counted = { graph: 0, search: 0, node: 0, revision: 0 };
    // The first computation holds its answer until all three readers have asked.
    h = await startHarness({
      store: (memory) => counting(memory, counts, { during: () => until(() => counts.revision >= 3) }),
    });
    const bodies = await Promise.all(
      [1, 2, 3].map(async () => {
        const res = await fetch(`${h!.url}/api/graph`);
        expect(res.status).toBe(200);
        return res.text();
      }),
    );
    expect(counts.graph).toBe(1);
    expect(new Set(bodies).size).toBe(1);
    expect(JSON.parse(bodies[0]!).nodes.length).toBeGreaterThan(0);
  });

  it("answers from before a write while it is under way, and from after it once it is done", async () => {
    const counts = await start();
    const q = "/api/search?q=Quillfeather";
    expect((await h!.get<SearchHit[]>(q)).body).toEqual([]);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const store = h!.store;
    let upserted!: () => void;
    const written = new Promise<void>((resolve) => {
      upserted = resolve;
    });
    // One unit of writes, as an ingest is: the node is in the graph, the unit is not finished.
    const bulk = store.bulk!(async () => {
      await store.upsert({ nodes: [person("Ottilie Quillfeather", "أوتيلي كويلفيذر")], edges: [] });
      upserted();
      await gate;
    });
    await written;
    expect((await h!.get<SearchHit[]>(q)).body).toEqual([]);
    // Not asked before the write: computed from the graph as it is, and not kept.
    const other = "/api/search?q=Ottilie";
    const during = counts.search;
    expect((await h!.get<SearchHit[]>(other)).status).toBe(200);
    expect((await h!.get<SearchHit[]>(other)).status).toBe(200);
    expect(counts.search).toBe(during + 2);
    const searches = counts.search;
    release();
    await bulk;
    const after = await h!.get<SearchHit[]>(q);
    expect(after.body.map((hit) => hit.node.name.en)).toEqual(["Ottilie Quillfeather"]);
    const again = await h!.get<SearchHit[]>(other);
    expect(again.body.map((hit) => hit.node.name.en)).toEqual(["Ottilie Quillfeather"]);
    expect(counts.search).toBe(searches + 2);
  });
});
