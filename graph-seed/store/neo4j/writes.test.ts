/**
 * How the Neo4j store writes: batches of at most 1000 UNWIND rows, one write transaction per upsert,
 * validation before any write, labels per kind, and the MET projection rebuilt from event rows.
 */
import { describe, expect, it } from "vitest";
import type { GraphBatch, GraphEdge, GraphNode } from "../../../model/graph.ts";
import { edgeIdOf } from "../../../model/graph.ts";
import { articleId, nodeId } from "../../../model/ids.ts";
import { chunks, groupBy } from "./batches.ts";
import { NODE_LABEL_BY_KIND, WRITE_EDGES_BY_KIND, WRITE_NODES } from "./cypher.ts";
import { tieFactsFromRow } from "./derived.ts";
import { encodeEvidence } from "./evidence.ts";
import { createNeo4jStoreOn } from "./index.ts";
import { edgeFromRecord } from "./mapping.ts";
import type { CypherRunner } from "./session.ts";
import { createSimulatedRunner } from "./simulatedDb.ts";
import { asMap, toPlain } from "./values.ts";

const person = (i: number): GraphNode => ({
  id: nodeId(`person:p${String(i).padStart(4, "0")}`),
  kind: "Person",
  name: { ar: `شخص ${i}`, en: `Person ${i}` },
});
const country: GraphNode = { id: nodeId("country:x"), kind: "Country", name: { ar: "بلد", en: "X" } };
const represents = (p: GraphNode): GraphEdge => ({
  id: edgeIdOf("HOLDS_OFFICE", p.id, country.id),
  kind: "HOLDS_OFFICE",
  source: p.id,
  target: country.id,
  office: { ar: "سفير", en: "Ambassador" },
  evidence: [],
});

/** Counts write transactions around a runner. */
function countingTransactions(runner: ReturnType<typeof createSimulatedRunner>) {
  let transactions = 0;
  const wrapped: CypherRunner = {
    ...runner,
    write: (work) => {
      transactions++;
      return runner.write(work);
    },
  };
  return { wrapped, transactions: () => transactions };
}

describe("batching", () => {
  it("chunks rows into slices of at most the batch size, nothing lost", () => {
    const rows = Array.from({ length: 2501 }, (_, i) => i);
    const parts = chunks(rows);
    expect(parts.map((p) => p.length)).toEqual([1000, 1000, 501]);
    expect(parts.flat()).toEqual(rows);
    expect(chunks([])).toEqual([]);
    expect(() => chunks(rows, 0)).toThrow(/positive integer/);
  });

  it("groups by key in first-seen order", () => {
    expect([...groupBy(["b1", "a1", "b2"], (s) => s[0]!)]).toEqual([
      ["b", ["b1", "b2"]],
      ["a", ["a1"]],
    ]);
  });

  it("writes 2500 people and their edges in UNWIND batches of ≤1000, in one write transaction", async () => {
    const runner = createSimulatedRunner();
    const { wrapped, transactions } = countingTransactions(runner);
    const store = createNeo4jStoreOn(wrapped);
    const people = Array.from({ length: 2500 }, (_, i) => person(i));
    const batch: GraphBatch = { nodes: [country, ...people], edges: people.map(represents) };
    const result = await store.upsert(batch);
    expect(result).toEqual({ nodesCreated: 2501, nodesUpdated: 0, edgesCreated: 2500, edgesUpdated: 0 });
    expect(transactions()).toBe(1);
    const sizes = (query: string) =>
      runner.db.log
        .filter((l) => l.query === query)
        .map((l) => (l.params.rows ?? l.params.ids) as unknown[])
        .map((r) => r.length);
    expect(sizes(WRITE_NODES)).toEqual([1000, 1000, 501]);
    expect(sizes(NODE_LABEL_BY_KIND.Person)).toEqual([1000, 1000, 500]);
    expect(sizes(NODE_LABEL_BY_KIND.Country)).toEqual([1]);
    expect(sizes(WRITE_EDGES_BY_KIND.HOLDS_OFFICE)).toEqual([1000, 1000, 500]);
    expect(runner.db.nodes.get("person:p0042")?.labels).toEqual(new Set(["Node", "Person"]));
    expect(await store.stats()).toMatchObject({
      nodes: { Person: 2500, Country: 1 },
      edges: { HOLDS_OFFICE: 2500 },
    });
  });

  it("rejects a batch with an edge to an unknown node before writing anything", async () => {
    const runner = createSimulatedRunner();
    const store = createNeo4jStoreOn(runner);
    const p = person(1);
    const bad: GraphBatch = { nodes: [p], edges: [represents(p)] };
    await expect(store.upsert(bad)).rejects.toThrow(/points to unknown node country:x/);
    expect(runner.db.log.filter((l) => /SET/.test(l.query))).toEqual([]);
    expect(runner.db.nodes.size).toBe(0);
  });

  it("rejects a node that changes kind, and malformed batches, with a message", async () => {
    const store = createNeo4jStoreOn(createSimulatedRunner());
    await store.upsert({ nodes: [country], edges: [] });
    await expect(store.upsert({ nodes: [{ ...country, kind: "Place" }], edges: [] })).rejects.toThrow(
      /country:x is a Country, not a Place/,
    );
    await expect(store.upsert({ nodes: [{ id: "x" } as never], edges: [] })).rejects.toThrow(
      /lacks id, kind or name/,
    );
    await expect(store.upsert({} as never)).rejects.toThrow(/needs `nodes` and `edges` arrays/);
  });
});

describe("tie projection rows", () => {
  const evidence = (start: number) => ({ articleId: articleId("a1"), start, end: start + 5, quote: "quote" });

  it("turns an event row into deriveTies facts, unioning report evidence in edge-id order", () => {
    const named = { ...evidence(0), mentionStart: 1, mentionEnd: 3 };
    const row = {
      id: "event:1",
      eventType: "PhoneCall",
      date: "2017-12-11",
      encounter: "k1",
      planned: false,
      persons: [
        { id: "person:b", evidence: [encodeEvidence(named)] },
        { id: "person:a", evidence: null },
      ],
      reports: [
        {
          id: "REPORTED_IN:event:1->article:a2",
          evidence: [encodeEvidence(evidence(10)), encodeEvidence(evidence(0))],
        },
        { id: "REPORTED_IN:event:1->article:a1", evidence: [encodeEvidence(evidence(0))] },
      ],
    };
    expect(tieFactsFromRow(row)).toEqual({
      id: "event:1",
      eventType: "PhoneCall",
      date: "2017-12-11",
      encounter: "k1",
      planned: false,
      persons: [
        { id: "person:b", naming: [named] },
        { id: "person:a", naming: [] },
      ],
      evidence: [evidence(0), evidence(10)],
    });
  });

  it("reads an empty date as no date, a missing planned flag as held, an unknown type as none", () => {
    const facts = tieFactsFromRow({
      id: "event:2",
      date: "",
      eventType: "Party",
      persons: [],
      reports: null,
    });
    expect(facts).toMatchObject({
      date: null,
      eventType: null,
      encounter: null,
      planned: false,
      evidence: [],
    });
  });

  it("refreshDerived replaces the ties: a pair that no longer meets disappears, a call is SPOKE_WITH", async () => {
    const runner = createSimulatedRunner();
    const store = createNeo4jStoreOn(runner);
    const [a, b] = [person(1), person(2)];
    const event: GraphNode = {
      id: nodeId("event:m"),
      kind: "Event",
      name: { ar: "لقاء", en: null },
      eventType: "Meeting",
      date: "2020-01-02",
      planned: false,
    };
    const part = (p: GraphNode): GraphEdge => ({
      id: edgeIdOf("PARTICIPATED_IN", p.id, event.id),
      kind: "PARTICIPATED_IN",
      source: p.id,
      target: event.id,
      evidence: [],
    });
    await store.upsert({ nodes: [a, b, event], edges: [part(a), part(b)] });
    await store.refreshDerived();
    // The stored ties, read straight from the simulated database (the people view ranks them in Neo4j).
    const ties = async () =>
      runner.db.rels
        .filter((r) => r.type === "MET" || r.type === "SPOKE_WITH")
        .map((r) => edgeFromRecord({ props: asMap(toPlain(r.props)), source: r.start, target: r.end }));
    expect(await ties()).toEqual([
      {
        id: edgeIdOf("MET", a.id, b.id),
        kind: "MET",
        source: a.id,
        target: b.id,
        weight: 1,
        firstDate: "2020-01-02",
        lastDate: "2020-01-02",
        eventIds: [event.id],
        evidence: [],
        inferred: true,
        inferredReason: "both took part in the meeting of 2020-01-02, but no sentence names both",
      },
    ]);
    await store.upsert({ nodes: [{ ...event, eventType: "PhoneCall" }], edges: [] });
    await store.refreshDerived();
    expect((await ties()).map((e) => e.id)).toEqual([edgeIdOf("SPOKE_WITH", a.id, b.id)]);
    await store.upsert({ nodes: [{ ...event, planned: true }], edges: [] });
    await store.refreshDerived();
    expect((await store.stats()).edges).toMatchObject({ MET: 0, SPOKE_WITH: 0 });
  });
});
