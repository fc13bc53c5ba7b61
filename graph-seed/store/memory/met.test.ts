import { describe, expect, it } from "vitest";
import { graphQuerySchema } from "../../../model/api.ts";
import { edgeIdOf, type GraphBatch, type GraphEdge, type GraphNode } from "../../../model/graph.ts";
import { articleId, type NodeId, nodeId } from "../../../model/ids.ts";
import type { EdgeKind } from "../../../model/kinds.ts";
import type { GraphStore } from "../../../model/store.ts";
import { createMemoryStore } from "./index.ts";

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const edge = (kind: EdgeKind, source: string, target: string, article?: string): GraphEdge => ({
  id: edgeIdOf(kind, nodeId(source), nodeId(target)),
  kind,
  source: nodeId(source),
  target: nodeId(target),
  evidence: article ? [{ articleId: articleId(article), start: 0, end: 3, quote: "abc" }] : [],
});

/** One "article": a few events among random persons (and a country), dates and planned flags random. */
function articleBatch(rand: () => number, n: number): GraphBatch {
  const a = `a${n}`;
  const nodes: GraphNode[] = [{ id: nodeId(`article:${a}`), kind: "Article", name: { ar: a, en: null } }];
  const edges: GraphEdge[] = [];
  for (let i = 0; i < 3; i++) {
    const ev = `event:e${Math.floor(rand() * 12)}`;
    const date = rand() < 0.8 ? `2020-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}` : null;
    nodes.push({ id: nodeId(ev), kind: "Event", name: { ar: ev, en: null }, date, planned: rand() < 0.15 });
    edges.push(edge("REPORTED_IN", ev, `article:${a}`, a));
    for (let j = 0; j < 2 + Math.floor(rand() * 2); j++) {
      const p = `person:p${Math.floor(rand() * 8)}`;
      nodes.push({ id: nodeId(p), kind: "Person", name: { ar: p, en: null } });
      edges.push(edge("PARTICIPATED_IN", p, ev));
    }
    nodes.push({ id: nodeId("country:c"), kind: "Country", name: { ar: "c", en: null } });
    edges.push(edge("PARTICIPATED_IN", "country:c", ev));
  }
  return { nodes, edges };
}

async function newStore() {
  const s = createMemoryStore({ snapshotPath: null });
  await s.init();
  return s;
}

const view = async (s: GraphStore) => {
  const people = await s.graph(graphQuerySchema.parse({ view: "people" }));
  const persons = Array.from({ length: 8 }, (_, i) => nodeId(`person:p${i}`) as NodeId);
  return { people, details: await Promise.all(persons.map((p) => s.node(p))) };
};

describe("MET refresh after an ingest: only around the events written", () => {
  it("gives what a full recompute over the whole graph gives", async () => {
    for (let seed = 1; seed <= 15; seed++) {
      const rand = prng(seed);
      const batches = Array.from({ length: 6 }, (_, n) => articleBatch(rand, n));
      const incremental = await newStore();
      for (const b of batches) {
        await incremental.upsert(b);
        await incremental.refreshDerived();
      }
      const full = await newStore();
      for (const b of batches) await full.upsert(b);
      await full.refreshDerived();
      const [got, want] = [await view(incremental), await view(full)];
      expect(got.people.edges.length).toBeGreaterThan(0);
      expect(got).toEqual(want);
    }
  });

  it("counts a new shared event for an existing pair", async () => {
    const s = await newStore();
    const meet = (ev: string, date: string): GraphBatch => ({
      nodes: [
        { id: nodeId(ev), kind: "Event", name: { ar: ev, en: null }, date },
        { id: nodeId("person:a"), kind: "Person", name: { ar: "a", en: null } },
        { id: nodeId("person:b"), kind: "Person", name: { ar: "b", en: null } },
      ],
      edges: [edge("PARTICIPATED_IN", "person:a", ev), edge("PARTICIPATED_IN", "person:b", ev)],
    });
    await s.upsert(meet("event:1", "2021-01-01"));
    await s.refreshDerived();
    await s.upsert(meet("event:2", "2022-02-02"));
    await s.refreshDerived();
    const [met] = (await s.graph(graphQuerySchema.parse({ view: "people" }))).edges;
    expect(met).toMatchObject({ weight: 2, firstDate: "2021-01-01", lastDate: "2022-02-02" });
  });
});
