/**
 * The reads a filter changes, run by contract/contract.test.ts against every store and compared answer
 * for answer with the embedded store over the same corpus and the same reviews: people views filtered by
 * dates, topics and confirmedOnly (ties recounted from the kept events), people paths under confirmedOnly,
 * and node details with their quotes paged. On Neo4j these run in Cypher; each case also states what the
 * fixtures make the answer, so the embedded store is checked too.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type GraphQuery, graphQuerySchema, nodeQuerySchema, pathQuerySchema } from "../../../model/api.ts";
import type { CurationInput } from "../../../model/curation.ts";
import { edgeIdOf, type GraphEdge } from "../../../model/graph.ts";
import { articleId, articleNodeId, type NodeId, nodeId } from "../../../model/ids.ts";
import type { GraphStore } from "../../../model/store.ts";
import { loadArticles } from "../../load/load.ts";
import { createMemoryStore } from "../memory/index.ts";
import { FIXTURE_ARTICLES } from "./fixtures.ts";
import { corpus, type Factory, fixtureExtract } from "./stores.ts";

const [macron, scholz, erdogan, meloni] = ["macron", "scholz", "erdogan", "meloni"].map((n) =>
  nodeId(`person:${n}`),
);
const ed = { name: "ed" };

/** The Paris meeting and the September summit vouched for; Meloni's part in Rome rejected. */
const REVIEWS: CurationInput[] = [
  { action: "set-status", target: { kind: "event", id: "event:ms-paris" }, status: "confirmed", version: 0 },
  {
    action: "set-status",
    target: { kind: "event", id: "event:msm-summit" },
    status: "confirmed",
    version: 0,
  },
  {
    action: "set-status",
    target: { kind: "participation", id: edgeIdOf("PARTICIPATED_IN", meloni, nodeId("event:em-rome")) },
    status: "rejected",
    version: 0,
  },
];

/**
 * Two more sentences of the first article reporting the Paris meeting, stored after the one it has and
 * in reverse order: the meeting's quotes in order are then not its stored order (nor one report's).
 */
function moreParisReports(): GraphEdge {
  const text = FIXTURE_ARTICLES[0]!.text;
  const sentence = (words: string) => {
    const start = text.indexOf(words);
    const end = text.indexOf(".", start) + 1;
    return { articleId: articleId("fx_a1"), start, end, quote: text.slice(start, end) };
  };
  const [source, target] = [nodeId("event:ms-paris"), articleNodeId(articleId("fx_a1"))];
  return {
    id: edgeIdOf("REPORTED_IN", source, target),
    kind: "REPORTED_IN",
    source,
    target,
    evidence: [sentence("وعقد الزعيمان"), sentence("وبحث الجانبان")],
  };
}

async function loaded(store: GraphStore) {
  await store.init();
  await store.clear();
  await store.curation.forgetAll();
  await loadArticles(store, corpus, fixtureExtract);
  await store.upsert({ nodes: [], edges: [moreParisReports()] });
  for (const review of REVIEWS) await store.curation.apply(review, ed);
  return store;
}

const people = (q: Record<string, string>): GraphQuery => graphQuerySchema.parse({ view: "people", ...q });
const page = (q: Record<string, string>) => nodeQuerySchema.parse(q);
const tieIds = (edges: { id: string }[]) => edges.map((e) => e.id);
const met = (a: NodeId, b: NodeId) => edgeIdOf("MET", ...((a < b ? [a, b] : [b, a]) as [NodeId, NodeId]));

/** A review's time says when each store was written to, not what it answers. */
const withoutReviewTimes = (value: unknown): unknown =>
  value === undefined
    ? value
    : JSON.parse(JSON.stringify(value), (_key, v) =>
        v && typeof v === "object" && "status" in v && "version" in v && "at" in v ? { ...v, at: "at" } : v,
      );

export function filteredReadsContract(factory: Factory) {
  describe("filtered reads: the same answers as the embedded store", () => {
    let store: GraphStore;
    let reference: GraphStore;
    beforeAll(async () => {
      store = await loaded(await factory.create());
      reference = await loaded(createMemoryStore({ snapshotPath: null }));
      return async () => {
        await store.curation.forgetAll();
        await store.clear();
        await store.close();
        await reference.close();
      };
    });

    /** Both stores answer alike (but for when each recorded the reviews); the answer is returned. */
    async function same<T>(ask: (s: GraphStore) => Promise<T>): Promise<T> {
      const expected = await ask(reference);
      expect(withoutReviewTimes(await ask(store))).toEqual(withoutReviewTimes(expected));
      return expected;
    }

    it("people view under confirmedOnly: ties counted from the vouched-for events alone", async () => {
      const g = await same((s) => s.graph(people({ confirmedOnly: "true" })));
      expect(g.edges.map((e) => [e.id, e.weight])).toEqual([
        [met(macron, meloni), 1],
        [met(macron, scholz), 2],
        [met(meloni, scholz), 1],
      ]);
      expect(g.edges.every((e) => !("dateUncertain" in e))).toBe(true);
    });

    it("people view by dates: the events in range tie, a planned one never, a rejected part never", async () => {
      const g = await same((s) => s.graph(people({ from: "2023-06", to: "2023-09" })));
      expect(tieIds(g.edges)).toEqual([
        met(macron, meloni),
        met(macron, scholz),
        met(meloni, scholz),
        edgeIdOf("SPOKE_WITH", erdogan, macron),
      ]);
      // The summit and the pact signed there are one occasion.
      expect(g.edges.find((e) => e.id === met(macron, scholz))?.weight).toBe(1);
      await same((s) => s.graph(people({ from: "2000" })));
      const rome = await same((s) => s.graph(people({ to: "2023-05-11" })));
      expect(tieIds(rome.edges)).not.toContain(met(erdogan, meloni));
    });

    it("people view by topic, with ties, weight, kind and limit filters", async () => {
      const g = await same((s) => s.graph(people({ topics: "topic:ukraine" })));
      expect(g.edges.find((e) => e.id === met(macron, scholz))?.weight).toBe(2);
      await same((s) => s.graph(people({ topics: "topic:energy", ties: "MET" })));
      await same((s) => s.graph(people({ topics: "topic:ukraine", minWeight: "2" })));
      await same((s) => s.graph(people({ from: "2023", ties: "SPOKE_WITH" })));
      await same((s) => s.graph(people({ from: "2023", kinds: "Country" })));
      const cut = await same((s) => s.graph(people({ from: "2023", limit: "2" })));
      expect(cut.nodes).toHaveLength(2);
      expect(cut.truncated).toBe(true);
    });

    it("people view: persons ranked by their ties, then id, cut at the limit with the totals", async () => {
      const ids = (g: { nodes: { id: string }[] }) => g.nodes.map((n) => n.id);
      // From 2023 (Meloni's part in Rome rejected): Macron has three ties, Meloni and Scholz two,
      // Erdoğan one.
      const ranked = [macron, meloni, scholz, erdogan];
      for (const limit of [1, 2, 3, 4]) {
        const g = await same((s) => s.graph(people({ from: "2023", limit: String(limit) })));
        expect(ids(g)).toEqual(ranked.slice(0, limit));
        expect([g.truncated, g.total]).toEqual([limit < 4, { nodes: 4, edges: 4 }]);
        // Only the ties among the persons kept.
        const kept = new Set(ids(g));
        expect(g.edges.every((e) => kept.has(e.source) && kept.has(e.target))).toBe(true);
      }
      // Until June: the Paris meeting and the call (the Rome meeting's tie is rejected).
      const early = await same((s) => s.graph(people({ to: "2023-06-30", limit: "2" })));
      expect([ids(early), tieIds(early.edges), early.total]).toEqual([
        [macron, erdogan],
        [edgeIdOf("SPOKE_WITH", erdogan, macron)],
        { nodes: 3, edges: 2 },
      ]);
      const calls = await same((s) => s.graph(people({ from: "2023", ties: "SPOKE_WITH", limit: "1" })));
      expect([ids(calls), calls.total]).toEqual([[erdogan], { nodes: 2, edges: 1 }]);
      const heavy = await same((s) => s.graph(people({ from: "2023", minWeight: "2", limit: "1" })));
      expect([ids(heavy), heavy.total, heavy.truncated]).toEqual([[macron], { nodes: 2, edges: 1 }, true]);
      // The stored ties, unfiltered: the same ranking.
      for (const limit of ["1", "2", "3"]) await same((s) => s.graph(people({ limit })));
    });

    it("people view under confirmedOnly and a range: only vouched-for events in range", async () => {
      const g = await same((s) => s.graph(people({ confirmedOnly: "true", from: "2023-09" })));
      expect(g.edges.map((e) => [e.id, e.weight, e.dateUncertain])).toEqual([
        [met(macron, meloni), 1, false],
        [met(macron, scholz), 1, false],
        [met(meloni, scholz), 1, false],
      ]);
      await same((s) => s.graph(people({ confirmedOnly: "true", topics: "topic:energy" })));
      await same((s) => s.graph(people({ confirmedOnly: "true", includeRejected: "true" })));
    });

    it("people paths under confirmedOnly: the recounted ties, shortest first, each step quoted", async () => {
      const ask = (to: NodeId, q: Record<string, string> = {}) =>
        same((s) =>
          s.paths(pathQuerySchema.parse({ from: macron, to, view: "people", confirmedOnly: "true", ...q })),
        );
      const found = await ask(meloni, { k: "3" });
      expect(found!.paths.map((p) => p.nodes.map((n) => n.id))).toEqual([
        [macron, meloni],
        [macron, scholz, meloni],
      ]);
      const [step] = found!.paths[1]!.steps;
      expect(step!.edge).toMatchObject({ kind: "MET", weight: 2 });
      expect((await ask(erdogan))!.paths).toEqual([]);
      await ask(scholz, { k: "1" });
      await ask(meloni, { maxLength: "1", k: "3" });
    });

    it("node details page their mentions and cap their quotes, under every filter", async () => {
      const all = await same((s) => s.node(macron));
      expect(all!.mentions.length).toBeGreaterThan(2);
      const first = await same((s) => s.node(macron, page({ mentionsLimit: "2", quotesPerItem: "1" })));
      const rest = await same((s) => s.node(macron, page({ mentionsOffset: "2", mentionsLimit: "1000" })));
      expect(first!.mentionsTotal).toBe(all!.mentions.length);
      expect([...first!.mentions, ...rest!.mentions]).toEqual(all!.mentions);
      for (const e of first!.events) expect(e.evidence.length).toBeLessThanOrEqual(1);
      await same((s) => s.node(macron, page({ mentionsOffset: "999", mentionsLimit: "5" })));
      const vouched = await same((s) => s.node(macron, page({ confirmedOnly: "true" })));
      expect(vouched!.ties.map((t) => [t.other.id, t.met?.weight ?? 0])).toEqual([
        [scholz, 2],
        [meloni, 1],
      ]);
      expect(vouched!.events.map((e) => e.event.id)).toEqual(["event:ms-paris", "event:msm-summit"]);
      await same((s) => s.node(meloni, page({ includeRejected: "true", quotesPerItem: "1" })));
      await same((s) => s.node(nodeId("event:em-rome"), page({})));
      await same((s) => s.node(nodeId("article:fx_a1"), page({ mentionsLimit: "1" })));
      await same((s) => s.node(nodeId("place:paris"), page({ confirmedOnly: "true" })));
    });

    it("node details cut events' and ties' quotes to their first, in order, and count the rest", async () => {
      const starts = (list: { articleId: string; start: number }[]) =>
        list.map((p) => `${p.articleId}@${p.start}`);
      const a1 = FIXTURE_ARTICLES[0]!.text;
      const whole = (await same((s) => s.node(macron)))!;
      const paris = whole.events.find((e) => e.event.id === "event:ms-paris")!;
      // Three sentences of fx_a1 (in text order, whatever order they were stored in), then fx_a3's.
      expect(starts(paris.evidence)).toEqual([
        "fx_a1@0",
        `fx_a1@${a1.indexOf("وبحث الجانبان")}`,
        `fx_a1@${a1.indexOf("وعقد الزعيمان")}`,
        "fx_a3@0",
      ]);
      for (const n of [1, 2, 3]) {
        const cut = (await same((s) => s.node(macron, page({ quotesPerItem: String(n) }))))!;
        const counted = (list: unknown[]) => (list.length > n ? list.length : undefined);
        expect(cut.events.map((e) => [starts(e.evidence), e.evidenceTotal])).toEqual(
          whole.events.map((e) => [starts(e.evidence.slice(0, n)), counted(e.evidence)]),
        );
        expect(cut.ties.map((t) => [starts(t.met?.evidence ?? []), t.met?.evidenceTotal])).toEqual(
          whole.ties.map((t) => [
            starts((t.met?.evidence ?? []).slice(0, n)),
            counted(t.met?.evidence ?? []),
          ]),
        );
      }
      // The meeting as the node, and the article reporting it: the same cut.
      const asEvent = (await same((s) => s.node(nodeId("event:ms-paris"), page({ quotesPerItem: "2" }))))!;
      expect([starts(asEvent.events[0]!.evidence), asEvent.events[0]!.evidenceTotal]).toEqual([
        starts(paris.evidence.slice(0, 2)),
        4,
      ]);
      await same((s) => s.node(articleNodeId(articleId("fx_a1")), page({ quotesPerItem: "1" })));
      await same((s) => s.node(scholz, page({ quotesPerItem: "2", includeRejected: "true" })));
    });
  });
}
