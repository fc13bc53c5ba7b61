import { describe, expect, it } from "vitest";
import { pathQuerySchema } from "../../../model/api.ts";
import { edgeIdOf, type GraphBatch, type GraphEdge, type GraphNode } from "../../../model/graph.ts";
import { type NodeId, nodeId } from "../../../model/ids.ts";
import { createMemoryStore } from "./index.ts";
import { pathsQuery } from "./paths.ts";
import { buildProjection } from "./projection.ts";
import { createState, upsertInto } from "./state.ts";

/** A small seeded PRNG, so each case is reproducible. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const person = (i: number): GraphNode => ({
  id: nodeId(`person:p${i}`),
  kind: "Person",
  name: { ar: `ش${i}`, en: null },
});
const event = (i: number): GraphNode => ({
  id: nodeId(`event:e${i}`),
  kind: "Event",
  name: { ar: `ح${i}`, en: null },
});
const took = (p: NodeId, e: NodeId): GraphEdge => ({
  id: edgeIdOf("PARTICIPATED_IN", p, e),
  kind: "PARTICIPATED_IN",
  source: p,
  target: e,
  evidence: [],
});

/** Persons and events, each event joining two or three random persons. */
function randomBatch(seed: number, persons = 12, events = 14): GraphBatch {
  const rand = prng(seed);
  const nodes = [
    ...Array.from({ length: persons }, (_, i) => person(i)),
    ...Array.from({ length: events }, (_, i) => event(i)),
  ];
  const edges = new Map<string, GraphEdge>();
  for (let e = 0; e < events; e++)
    for (let j = 0; j < 2 + Math.floor(rand() * 2); j++) {
      const edge = took(person(Math.floor(rand() * persons)).id, event(e).id);
      edges.set(edge.id, edge);
    }
  return { nodes, edges: [...edges.values()] };
}

/** Every simple path's length from `from` to `to` up to maxLength, by depth-first enumeration. */
function allLengths(batch: GraphBatch, from: string, to: string, maxLength: number): number[] {
  const adj = new Map<string, Set<string>>();
  for (const e of batch.edges) {
    adj.set(e.source, (adj.get(e.source) ?? new Set()).add(e.target));
    adj.set(e.target, (adj.get(e.target) ?? new Set()).add(e.source));
  }
  const out: number[] = [];
  const walk = (n: string, seen: Set<string>) => {
    if (n === to) return void out.push(seen.size - 1);
    if (seen.size > maxLength) return;
    for (const m of adj.get(n) ?? []) if (!seen.has(m)) walk(m, new Set([...seen, m]));
  };
  walk(from, new Set([from]));
  return out.sort((a, b) => a - b);
}

function answer(batch: GraphBatch, q: { from: string; to: string; k: number; maxLength: number }) {
  const state = createState();
  upsertInto(state, batch);
  const query = pathQuerySchema.parse(q);
  return pathsQuery(state.graph, buildProjection(state.graph, "events"), query)!.paths.map((p) =>
    p.nodes.map((n) => n.id),
  );
}

describe("paths: Yen's k shortest over the bounded bidirectional search", () => {
  it("finds the k shortest simple paths (lengths as exhaustive enumeration says), each valid", () => {
    let found = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const batch = randomBatch(seed);
      const q = { from: "person:p0", to: "person:p1", k: 4, maxLength: 6 };
      const got = answer(batch, q);
      const want = allLengths(batch, q.from, q.to, q.maxLength).slice(0, q.k);
      expect(got.map((p) => p.length - 1)).toEqual(want);
      const pairs = new Set(
        batch.edges.flatMap((e) => [`${e.source}|${e.target}`, `${e.target}|${e.source}`]),
      );
      for (const p of got) {
        expect(new Set(p).size).toBe(p.length);
        for (let i = 0; i + 1 < p.length; i++) expect(pairs.has(`${p[i]}|${p[i + 1]}`)).toBe(true);
      }
      expect(new Set(got.map((p) => p.join(" "))).size).toBe(got.length);
      found += got.length;
    }
    expect(found).toBeGreaterThan(40);
  });

  it("gives the same answer whatever order the graph was written in", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const batch = randomBatch(seed);
      const reversed = { nodes: [...batch.nodes].reverse(), edges: [...batch.edges].reverse() };
      const q = { from: "person:p2", to: "person:p3", k: 3, maxLength: 6 };
      expect(answer(reversed, q)).toEqual(answer(batch, q));
    }
  });
});

describe("paths after writes (neighbour lists kept per node, not rebuilt)", () => {
  it("answers after a write as a store loaded from scratch would", async () => {
    for (let seed = 1; seed <= 10; seed++) {
      const batch = randomBatch(seed);
      const later = randomBatch(seed + 100);
      const q = pathQuerySchema.parse({ from: "person:p0", to: "person:p5", k: 3, maxLength: 6 });
      const warm = createMemoryStore({ snapshotPath: null });
      await warm.init();
      await warm.upsert(batch);
      await warm.paths(q);
      await warm.paths({ ...q, from: nodeId("person:p4") });
      await warm.upsert(later);
      const fresh = createMemoryStore({ snapshotPath: null });
      await fresh.init();
      await fresh.upsert(batch);
      await fresh.upsert(later);
      expect(await warm.paths(q)).toEqual(await fresh.paths(q));
    }
  });

  it("the people view follows refreshDerived, and clear() forgets everything", async () => {
    const store = createMemoryStore({ snapshotPath: null });
    await store.init();
    const [a, b, c] = [person(0), person(1), person(2)];
    await store.upsert({
      nodes: [a, b, c, event(0)],
      edges: [took(a.id, event(0).id), took(b.id, event(0).id)],
    });
    await store.refreshDerived();
    const q = pathQuerySchema.parse({ from: a.id, to: c.id, view: "people" });
    expect((await store.paths(q))!.paths).toEqual([]);
    await store.upsert({ nodes: [event(1)], edges: [took(b.id, event(1).id), took(c.id, event(1).id)] });
    await store.refreshDerived();
    expect((await store.paths(q))!.paths.map((p) => p.nodes.map((n) => n.id))).toEqual([[a.id, b.id, c.id]]);
    await store.clear();
    expect(await store.paths(q)).toBeNull();
  });
});
