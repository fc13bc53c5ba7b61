/**
 * The GraphStore contract, run against every store: the embedded store always, Neo4j when NEO4J_URI is
 * set. Data: hand-made extractions (contract/fixtures.ts) loaded through the real loader. One file on
 * purpose: vitest runs files in parallel, and two files clearing the same Neo4j database would collide.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  graphQuerySchema,
  neighbourhoodQuerySchema,
  pathQuerySchema,
  searchQuerySchema,
  timelineQuerySchema,
} from "../../../model/api.ts";
import { edgeIdOf } from "../../../model/graph.ts";
import { articleId, articleNodeId, nodeId } from "../../../model/ids.ts";
import type { GraphStore } from "../../../model/store.ts";
import { loadArticles } from "../../load/load.ts";
import { toBatch } from "../../load/toBatch.ts";
import { ledeOf } from "../articles/lede.ts";
import { consoleContract } from "./console.ts";
import { curationContract } from "./curation.ts";
import { filteredReadsContract } from "./filteredReads.ts";
import { FIXTURE_ARTICLES } from "./fixtures.ts";
import { ingestContract } from "./ingest.ts";
import { corpus, factories, fixtureExtract } from "./stores.ts";
import { storyContract } from "./stories.ts";

const graphQ = (q: Record<string, string> = {}) => graphQuerySchema.parse(q);
const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();
const [macron, scholz, erdogan] = ["person:macron", "person:scholz", "person:erdogan"].map(nodeId);

for (const factory of factories) {
  describe.skipIf(factory.skip)(`GraphStore contract: ${factory.name}`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await factory.create();
      await store.init();
      await store.clear();
      const report = await loadArticles(store, corpus, fixtureExtract);
      expect(report.skipped).toEqual([]);
    });
    afterAll(async () => {
      await store?.clear();
      await store?.close();
    });

    describe("writes", () => {
      it("loading the same articles again changes nothing (idempotent)", async () => {
        const before = await store.stats();
        const detailsBefore = await store.node(macron);
        await loadArticles(store, corpus, fixtureExtract);
        expect(await store.stats()).toEqual(before);
        expect(await store.node(macron)).toEqual(detailsBefore);
      });

      it("an upsert of an unchanged batch creates and updates nothing", async () => {
        const batch = toBatch(FIXTURE_ARTICLES[0]!.extraction, FIXTURE_ARTICLES[0]!.text);
        expect(await store.upsert(batch)).toEqual({
          nodesCreated: 0,
          nodesUpdated: 0,
          edgesCreated: 0,
          edgesUpdated: 0,
        });
      });

      it("counts nodes and edges by kind", async () => {
        const stats = await store.stats();
        expect(stats.store).toBe(factory.name);
        expect(stats.nodes).toEqual({
          Person: 4,
          Country: 3,
          Place: 3,
          Topic: 2,
          Event: 7,
          Article: 3,
          Organization: 0,
        });
        // LOCATED_IN: Paris → France (named), Berlin → Germany (from the catalog; that article never names it).
        expect(stats.edges).toMatchObject({
          MET: 4,
          SPOKE_WITH: 1,
          LOCATED_IN: 2,
          HOLDS_OFFICE: 3,
          REPORTED_IN: 8,
        });
        expect(stats.articles).toBe(3);
        expect(stats.dateRange).toEqual({ from: "2023-05-10", to: "2023-09-20" });
      });

      it("one event reported by two articles is one node with both sources and unioned evidence", async () => {
        const d = (await store.node(nodeId("event:ms-paris")))!;
        expect(d.events[0]!.articles.sort()).toEqual(["fx_a1", "fx_a3"]);
        expect(d.events[0]!.evidence.map((p) => p.articleId).sort()).toEqual(["fx_a1", "fx_a3"]);
        // The second report gives no role and no topics: what the first said survives.
        const macronSide = (await store.node(macron))!.events.find((e) => e.event.id === "event:ms-paris")!;
        expect(macronSide.role).toBe("host");
        expect(ids(d.events[0]!.topics)).toEqual(["topic:energy", "topic:ukraine"]);
      });

      it("upsert overwrites scalars, unions aliases and evidence by (article, start, end)", async () => {
        const id = nodeId("person:meloni");
        const evidence = { articleId: articleId("fx_a3"), start: 0, end: 5, quote: "x" };
        const edge = {
          id: edgeIdOf("MENTIONS", articleNodeId(articleId("fx_a3")), id),
          kind: "MENTIONS" as const,
          source: articleNodeId(articleId("fx_a3")),
          target: id,
          evidence: [evidence, evidence],
        };
        const result = await store.upsert({
          nodes: [{ id, kind: "Person", name: { ar: "جورجيا ميلوني", en: null }, aliases: ["Meloni"] }],
          edges: [edge],
        });
        expect(result).toMatchObject({ nodesCreated: 0, nodesUpdated: 1, edgesCreated: 0, edgesUpdated: 1 });
        const d = (await store.node(id))!;
        expect(d.node.name).toEqual({ ar: "جورجيا ميلوني", en: "Giorgia Meloni" });
        expect(d.node.aliases).toContain("Meloni");
        expect(d.mentions.filter((m) => m.start === 0 && m.end === 5)).toHaveLength(1);
        await store.upsert(toBatch(FIXTURE_ARTICLES[2]!.extraction, FIXTURE_ARTICLES[2]!.text));
      });

      it("rejects a batch with an edge to an unknown node and leaves the graph as it was", async () => {
        const before = await store.stats();
        const bad = {
          id: edgeIdOf("MET", macron, nodeId("person:nobody")),
          kind: "MET" as const,
          source: macron,
          target: nodeId("person:nobody"),
          evidence: [],
        };
        const ghost = { id: nodeId("person:ghost"), kind: "Person" as const, name: { ar: "شبح", en: null } };
        await expect(store.upsert({ nodes: [ghost], edges: [bad] })).rejects.toThrow(/person:nobody/);
        expect(await store.stats()).toEqual(before);
        expect(await store.hasNode(ghost.id)).toBe(false);
        const wrongKind = { ...ghost, kind: "Spaceship" } as never;
        await expect(store.upsert({ nodes: [wrongKind], edges: [] })).rejects.toThrow(/unknown kind/);
        const clash = { ...bad, id: edgeIdOf("MET", macron, scholz), target: erdogan };
        await expect(store.upsert({ nodes: [], edges: [clash] })).rejects.toThrow(/already joins/);
        expect(await store.stats()).toEqual(before);
      });
    });

    describe("ties (MET in person, SPOKE_WITH by call)", () => {
      it("pairs persons of held events, once per kind and unordered pair, counting occasions", async () => {
        const { edges } = await store.graph(graphQ({ view: "people" }));
        const pairs = edges
          .map((e) => `${e.kind}|${e.source}|${e.target}|${e.weight}|${e.firstDate}|${e.lastDate}`)
          .sort();
        expect(pairs).toEqual([
          "MET|person:erdogan|person:meloni|1|null|null",
          "MET|person:macron|person:meloni|1|2023-09|2023-09-20",
          "MET|person:macron|person:scholz|2|2023-05-10|2023-09-20",
          "MET|person:meloni|person:scholz|1|2023-09|2023-09-20",
          "SPOKE_WITH|person:erdogan|person:macron|1|2023-06-02|2023-06-02",
        ]);
      });

      it("a call joins two people by SPOKE_WITH and never by MET", async () => {
        const { edges } = await store.graph(graphQ({ view: "people" }));
        const between = edges.filter((e) => [e.source, e.target].sort().join() === [erdogan, macron].join());
        expect(between.map((e) => [e.kind, e.eventIds])).toEqual([["SPOKE_WITH", ["event:me-call"]]]);
        const spokeOnly = await store.graph(graphQ({ view: "people", ties: "SPOKE_WITH" }));
        expect(spokeOnly.edges.map((e) => e.id)).toEqual([edgeIdOf("SPOKE_WITH", erdogan, macron)]);
        expect(ids(spokeOnly.nodes)).toEqual([erdogan, macron]);
        const metOnly = await store.graph(graphQ({ view: "people", ties: "MET" }));
        expect(metOnly.edges.every((e) => e.kind === "MET")).toBe(true);
        expect(metOnly.edges.some((e) => e.source === erdogan && e.target === macron)).toBe(false);
      });

      it("one occasion counts once: the press conference after a meeting, the pact signed at a summit", async () => {
        const { edges } = await store.graph(graphQ({ view: "people" }));
        const ms = edges.find((e) => e.id === edgeIdOf("MET", macron, scholz))!;
        // Four events, two occasions: Paris (meeting and press conference, one day), the summit and its
        // pact (one encounter key, although the pact is dated only to the month).
        expect(ms.eventIds?.slice().sort()).toEqual([
          "event:ms-paris",
          "event:ms-press",
          "event:msm-pact",
          "event:msm-summit",
        ]);
        expect(ms.weight).toBe(2);
      });

      it("node details count each person's ties apart: met N times, spoke M times", async () => {
        const d = (await store.node(macron))!;
        expect(d.ties.map((t) => [t.other.id, t.met?.weight ?? 0, t.spoke?.weight ?? 0])).toEqual([
          ["person:scholz", 2, 0],
          ["person:erdogan", 0, 1],
          ["person:meloni", 1, 0],
        ]);
        expect((await store.node(nodeId("place:rome")))!.ties).toEqual([]);
      });

      it("a tie quotes sentences naming both people, or says plainly that it is inferred", async () => {
        const { edges } = await store.graph(graphQ({ view: "people" }));
        const ms = edges.find((e) => e.id === edgeIdOf("MET", macron, scholz))!;
        expect(ms.inferred).toBe(false);
        expect(ms.inferredReason).toBeNull();
        expect(ms.evidence.length).toBeGreaterThan(0);
        for (const p of ms.evidence) expect(p.quote).toMatch(/ماكرون.*شولتس|شولتس.*ماكرون/);
        // Rome: the only sentence names Erdogan, and Meloni only by her office.
        const em = edges.find((e) => e.id === edgeIdOf("MET", erdogan, nodeId("person:meloni")))!;
        expect(em.inferred).toBe(true);
        expect(em.inferredReason).toBe(
          "both took part in the meeting (undated) reported in fx_a3, but no sentence names both",
        );
        expect(em.evidence.map((p) => p.quote)).toEqual([
          "والتقى أردوغان رئيسة الوزراء الإيطالية في روما من قبل.",
        ]);
      });

      it("planned events do not make a MET edge", async () => {
        const { edges } = await store.graph(graphQ({ view: "people" }));
        expect(
          edges.some((e) => [e.source, e.target].sort().join() === [erdogan, scholz].sort().join()),
        ).toBe(false);
      });
    });

    describe("graph()", () => {
      it("events view: events and entities around them, no articles unless asked", async () => {
        const g = await store.graph(graphQ());
        expect(ids(g.nodes.filter((n) => n.kind === "Event"))).toEqual([
          "event:em-rome",
          "event:es-berlin",
          "event:me-call",
          "event:ms-paris",
          "event:ms-press",
          "event:msm-pact",
          "event:msm-summit",
        ]);
        expect(ids(g.nodes.filter((n) => n.kind === "Person"))).toEqual([
          "person:erdogan",
          "person:macron",
          "person:meloni",
          "person:scholz",
        ]);
        expect(g.nodes.some((n) => n.kind === "Article")).toBe(false);
        expect(g.edges.every((e) => !["MENTIONS", "MET", "SPOKE_WITH"].includes(e.kind))).toBe(true);
        expect(g.truncated).toBe(false);
      });

      it("kind filter", async () => {
        const g = await store.graph(graphQ({ kinds: "Person,Event" }));
        expect(new Set(g.nodes.map((n) => n.kind))).toEqual(new Set(["Person", "Event"]));
        expect(g.edges.every((e) => e.kind === "PARTICIPATED_IN")).toBe(true);
      });

      it("articles come in only when asked for, linked to their events", async () => {
        const g = await store.graph(graphQ({ kinds: "Event,Article" }));
        expect(ids(g.nodes.filter((n) => n.kind === "Article"))).toEqual([
          "article:fx_a1",
          "article:fx_a2",
          "article:fx_a3",
        ]);
        expect(new Set(g.edges.map((e) => e.kind))).toEqual(new Set(["REPORTED_IN"]));
        expect(g.edges).toHaveLength(8);
      });

      it("date range drops events outside and nodes only connected through them", async () => {
        const g = await store.graph(graphQ({ from: "2023-06", to: "2023-06-30" }));
        expect(ids(g.nodes)).toEqual(["event:me-call", "person:erdogan", "person:macron"]);
      });

      it("includePlanned=false drops planned events", async () => {
        const all = await store.graph(graphQ());
        const held = await store.graph(graphQ({ includePlanned: "false" }));
        expect(all.nodes.some((n) => n.id === "event:es-berlin")).toBe(true);
        expect(held.nodes.some((n) => n.id === "event:es-berlin")).toBe(false);
        expect(held.nodes.some((n) => n.id === "place:berlin")).toBe(false);
      });

      it("topics keep only events that discussed them", async () => {
        const g = await store.graph(graphQ({ topics: "topic:energy" }));
        expect(ids(g.nodes.filter((n) => n.kind === "Event"))).toEqual(["event:ms-paris"]);
      });

      it("minWeight keeps entities with that many events", async () => {
        const g = await store.graph(graphQ({ minWeight: "4", kinds: "Person" }));
        expect(ids(g.nodes)).toEqual(["person:macron", "person:scholz"]);
        const people = await store.graph(graphQ({ view: "people", minWeight: "2" }));
        expect(people.edges.map((e) => e.id)).toEqual([edgeIdOf("MET", macron, scholz)]);
        expect(ids(people.nodes)).toEqual(["person:macron", "person:scholz"]);
      });

      it("people view with a date range recomputes the projection from events in range", async () => {
        const g = await store.graph(graphQ({ view: "people", from: "2023-05", to: "2023-05" }));
        // Rome (some day up to 11 May) may or may not lie in May: kept, and flagged.
        expect(g.edges.map((e) => [e.id, e.weight, e.dateUncertain])).toEqual([
          [edgeIdOf("MET", erdogan, nodeId("person:meloni")), 1, true],
          [edgeIdOf("MET", macron, scholz), 1, false],
        ]);
      });

      it("people view: a limit keeps the best-connected persons, the totals count them all", async () => {
        const full = await store.graph(graphQ({ view: "people" }));
        expect(full.total).toEqual({ nodes: 4, edges: 5 });
        const two = await store.graph(graphQ({ view: "people", limit: "2" }));
        // Macron has three ties, Meloni three, Erdogan two, Scholz two: ties go to the smaller id.
        expect(two.nodes.map((n) => n.id)).toEqual(["person:macron", "person:meloni"]);
        expect(two.edges.map((e) => e.id)).toEqual([edgeIdOf("MET", macron, nodeId("person:meloni"))]);
        expect(two).toMatchObject({ truncated: true, total: { nodes: 4, edges: 5 } });
        expect((await store.graph(graphQ({ view: "people", kinds: "Place" }))).nodes).toEqual([]);
      });

      it("limit cuts the result and says so", async () => {
        const full = await store.graph(graphQ());
        const g = await store.graph(graphQ({ limit: "3" }));
        expect(g.nodes).toHaveLength(3);
        expect(g.truncated).toBe(true);
        expect(g.total).toEqual({ nodes: full.nodes.length, edges: full.edges.length });
        const kept = new Set(g.nodes.map((n) => n.id));
        expect(g.edges.every((e) => kept.has(e.source) && kept.has(e.target))).toBe(true);
      });
    });

    describe("search()", () => {
      const search = (q: string, extra: Record<string, string> = {}) =>
        store.search(searchQuerySchema.parse({ q, ...extra }));
      it.each(["ماكرون", "وماكرون", "لماكرون", "بماكرون", "macron", "MACRON", "Macronn", "إيمانويل"])(
        "%s finds Macron first",
        async (q) => {
          const hits = await search(q);
          expect(hits[0]?.node.id).toBe("person:macron");
        },
      );

      it("normalised Arabic: hamza and taa marbuta variants match", async () => {
        expect((await search("اردوغان"))[0]?.node.id).toBe("person:erdogan");
        expect((await search("المانيا"))[0]?.node.id).toBe("country:germany");
      });

      it("gives kind, the matched name and a snippet from an article", async () => {
        const [hit] = await search("شولتس");
        expect(hit!.node).toEqual({
          id: "person:scholz",
          kind: "Person",
          name: { ar: "أولاف شولتس", en: "Olaf Scholz" },
        });
        expect(hit!.matched).toBe("أولاف شولتس");
        expect(hit!.snippet).toContain("شولتس");
        expect(hit!.score).toBeGreaterThan(0);
      });

      it("filters by kind and respects the limit", async () => {
        const hits = await search("ا", { kinds: "Country", limit: "2" });
        expect(hits.length).toBeLessThanOrEqual(2);
        expect(hits.every((h) => h.node.kind === "Country")).toBe(true);
        const places = await search("paris", { kinds: "Person" });
        expect(places).toEqual([]);
      });

      it.each([
        ["Erdoğan", "person:erdogan"],
        ["erdogan", "person:erdogan"],
        ["ERDOĞAN", "person:erdogan"],
        ["Macrón", "person:macron"],
      ])("Latin diacritics fold both ways: %s finds %s", async (q, id) => {
        expect((await search(q))[0]?.node.id).toBe(id);
      });

      it.each(["وأردوغان", "لأردوغان", "بإردوغان", "فأردوغان", "وباردوغان"])(
        "%s: a clitic glued to a hamza variant still finds Erdogan",
        async (q) => {
          expect((await search(q))[0]?.node.id).toBe("person:erdogan");
        },
      );

      it("prefixes find the longer name; a typo in a longer word still finds it", async () => {
        expect((await search("ماكر"))[0]?.node.id).toBe("person:macron");
        expect((await search("scho"))[0]?.node.id).toBe("person:scholz");
        expect((await search("Sholz"))[0]?.node.id).toBe("person:scholz");
        expect((await search("Meloney"))[0]?.node.id).toBe("person:meloni");
        expect((await search("ميلونى"))[0]?.node.id).toBe("person:meloni");
      });

      it("several words: each named node is found, the limit cuts after ranking, and hits come once", async () => {
        const both = await search("ماكرون شولتس", { kinds: "Person" });
        expect(ids(both.slice(0, 2).map((h) => h.node))).toEqual(["person:macron", "person:scholz"]);
        expect(new Set(both.map((h) => h.node.id)).size).toBe(both.length);
        const one = await search("ماكرون شولتس", { kinds: "Person", limit: "1" });
        expect(one).toHaveLength(1);
        expect(one[0]!.node.id).toBe(both[0]!.node.id);
        for (let i = 1; i < both.length; i++) expect(both[i]!.score).toBeLessThanOrEqual(both[i - 1]!.score);
        // Both names in one query: the node named by both words ranks above one named by only one.
        expect((await search("إيمانويل ماكرون"))[0]?.node.id).toBe("person:macron");
      });

      it("a name written just now is found at once (nothing cached between write and search)", async () => {
        const meloni = nodeId("person:meloni");
        expect(await search("Quirinale")).toEqual([]);
        const { node } = (await store.node(meloni))!;
        await store.upsert({ nodes: [{ ...node, aliases: ["Quirinale"] }], edges: [] });
        const [hit] = await search("Quirinale");
        expect(hit?.node.id).toBe(meloni);
        expect(hit?.matched).toBe("Quirinale");
        expect((await search("quirin"))[0]?.node.id).toBe(meloni);
      });

      it("finds nothing for a name nobody has, or for punctuation only", async () => {
        expect(await search("زيلينسكي")).toEqual([]);
        expect(await search("؟!")).toEqual([]);
      });
    });

    describe("node()", () => {
      it("null for an unknown id", async () => {
        expect(await store.node(nodeId("person:nobody"))).toBeNull();
      });

      it("a person with offices, events by date with roles, mentions, articles and degree", async () => {
        const d = (await store.node(macron))!;
        expect(d.node.name.en).toBe("Emmanuel Macron");
        expect(d.offices).toEqual([
          {
            office: { ar: "الرئيس", en: "President" },
            of: { id: "country:france", kind: "Country", name: { ar: "فرنسا", en: "France" } },
            from: "2017-05-14",
            to: "2022-05-13",
            evidence: [],
          },
          {
            office: { ar: "الرئيس", en: "President" },
            of: { id: "country:france", kind: "Country", name: { ar: "فرنسا", en: "France" } },
            from: "2022-05-14",
            to: null,
            evidence: [],
          },
        ]);
        expect(d.events.map((e) => e.event.id)).toEqual([
          "event:ms-paris",
          "event:ms-press",
          "event:me-call",
          "event:msm-pact",
          "event:msm-summit",
        ]);
        const paris = d.events[0]!;
        expect(paris.place?.id).toBe("place:paris");
        expect(ids(paris.participants)).toEqual(["person:macron", "person:scholz"]);
        for (const p of d.mentions) {
          const text = FIXTURE_ARTICLES.find((a) => a.meta.id === p.articleId)!.text;
          expect(text.slice(p.start, p.end)).toBe(p.quote);
          expect(text.slice(p.mentionStart, p.mentionEnd)).toBe("ماكرون");
        }
        expect(d.mentions).toHaveLength(4);
        expect(d.articles.map((a) => a.id)).toEqual(["fx_a1", "fx_a3", "fx_a2"]);
        // Distinct neighbours: five events, three articles, three people met or spoken with, France
        // (however many edges lead to each).
        expect(d.degree).toBe(5 + 3 + 3 + 1);
      });

      it("a place lists the events held there", async () => {
        const d = (await store.node(nodeId("place:berlin")))!;
        expect(d.events.map((e) => e.event.id)).toEqual(["event:es-berlin"]);
        expect(d.events[0]!.event.planned).toBe(true);
      });
    });

    describe("neighbourhood()", () => {
      const nb = (id: string, q: Record<string, string> = {}) =>
        store.neighbourhood(nodeId(id), neighbourhoodQuerySchema.parse(q));
      it("null for an unknown centre", async () => {
        expect(await nb("person:nobody")).toBeNull();
      });
      it("a place reaches its country through a catalog fact (origin kept, no evidence)", async () => {
        const berlin = (await nb("place:berlin", { depth: "1" }))!;
        expect(ids(berlin.nodes)).toContain("country:germany");
        const located = berlin.edges.find((e) => e.kind === "LOCATED_IN")!;
        expect(located).toMatchObject({
          source: "place:berlin",
          target: "country:germany",
          origin: "catalog",
        });
        expect(located.evidence).toEqual([]);
      });
      it("depth 1 reaches the events and offices, depth 2 the people met", async () => {
        const one = (await nb("person:meloni"))!;
        expect(ids(one.nodes)).toEqual([
          "event:em-rome",
          "event:msm-pact",
          "event:msm-summit",
          "person:meloni",
        ]);
        const two = (await nb("person:meloni", { depth: "2" }))!;
        expect(ids(two.nodes.filter((n) => n.kind === "Person"))).toEqual([
          "person:erdogan",
          "person:macron",
          "person:meloni",
          "person:scholz",
        ]);
        expect(two.nodes.some((n) => n.kind === "Article")).toBe(false);
      });
      it("a limit keeps the nearest nodes and the edges among them; the totals count the whole ball", async () => {
        const full = (await nb("person:macron", { depth: "2" }))!;
        expect(full.truncated).toBe(false);
        expect(full.total).toEqual({ nodes: full.nodes.length, edges: full.edges.length });
        const cut = (await nb("person:macron", { depth: "2", limit: "4" }))!;
        expect(cut.total).toEqual(full.total);
        expect(cut.nodes.map((n) => n.id)).toEqual(full.nodes.slice(0, 4).map((n) => n.id));
        const kept = new Set(cut.nodes.map((n) => n.id));
        expect(cut.edges).toEqual(full.edges.filter((e) => kept.has(e.source) && kept.has(e.target)));
        // Depth 1 first: the events and offices next to Macron come before anything two hops away.
        const depth1 = new Set((await nb("person:macron", { depth: "1" }))!.nodes.map((n) => n.id));
        expect(full.nodes.slice(0, depth1.size).every((n) => depth1.has(n.id))).toBe(true);
        const edge = full.edges.find((e) => e.kind === "PARTICIPATED_IN")!;
        expect(edge.evidence.length).toBeGreaterThan(0);
      });

      it("an article centre walks its mentions and reports", async () => {
        const a1 = (await nb("article:fx_a1"))!;
        expect(a1.nodes[0]!.id).toBe("article:fx_a1");
        expect(ids(a1.nodes)).toEqual(expect.arrayContaining(["event:ms-paris", "person:macron"]));
      });

      it("kinds filter what is returned, limit cuts nearest-first", async () => {
        const people = (await nb("person:meloni", { depth: "2", kinds: "Place" }))!;
        expect(ids(people.nodes)).toEqual(["person:meloni", "place:rome"]);
        const cut = (await nb("person:macron", { depth: "2", limit: "2" }))!;
        expect(cut.nodes[0]!.id).toBe("person:macron");
        expect(cut.nodes).toHaveLength(2);
        expect(cut.truncated).toBe(true);
        expect(cut.total.nodes).toBeGreaterThan(2);
      });
    });

    describe("paths()", () => {
      const paths = (q: Record<string, string>) => store.paths(pathQuerySchema.parse(q));
      it("null when an end is unknown", async () => {
        expect(await paths({ from: "person:meloni", to: "person:nobody" })).toBeNull();
      });
      it("events view: shortest first, each step an edge with evidence, chained", async () => {
        const r = (await paths({ from: "place:rome", to: "person:macron", k: "3" }))!;
        expect(r.paths).toHaveLength(3);
        // Three equally short ways from Rome to Macron: through Erdogan's call or Meloni's summit or pact.
        expect(r.paths.map((p) => p.nodes.map((n) => n.id).join(" "))).toEqual([
          "place:rome event:em-rome person:erdogan event:me-call person:macron",
          "place:rome event:em-rome person:meloni event:msm-pact person:macron",
          "place:rome event:em-rome person:meloni event:msm-summit person:macron",
        ]);
        for (const p of r.paths) {
          expect(p.steps).toHaveLength(p.nodes.length - 1);
          p.steps.forEach((s, i) => {
            expect([s.from.id, s.to.id]).toEqual([p.nodes[i]!.id, p.nodes[i + 1]!.id]);
            expect([s.edge.source, s.edge.target].sort()).toEqual([s.from.id, s.to.id].sort());
          });
        }
      });
      it("people view walks both ties, each step saying which", async () => {
        const r = (await paths({ from: "person:erdogan", to: "person:scholz", view: "people", k: "3" }))!;
        expect(r.paths.map((p) => p.nodes.map((n) => n.id))).toEqual([
          ["person:erdogan", "person:macron", "person:scholz"],
          ["person:erdogan", "person:meloni", "person:scholz"],
          ["person:erdogan", "person:macron", "person:meloni", "person:scholz"],
        ]);
        expect(r.paths[0]!.steps.map((s) => [s.edge.kind, s.inferred])).toEqual([
          ["SPOKE_WITH", false],
          ["MET", false],
        ]);
        expect(r.paths[0]!.steps[0]!.quote?.quote).toMatch(/ماكرون.*أردوغان/);
        expect(r.paths[1]!.steps[0]).toMatchObject({ inferred: true, quote: null });
        expect(r.paths[1]!.steps[0]!.reason).toMatch(/no sentence names both/);
      });

      it("a step quotes a sentence naming both ends, or is marked inferred with the reason", async () => {
        const r = (await paths({ from: "place:rome", to: "person:meloni" }))!;
        const [held, took] = r.paths[0]!.steps;
        expect(held!.edge.kind).toBe("HELD_IN");
        expect(held).toMatchObject({ inferred: false, reason: null });
        const q = held!.quote!;
        const text = FIXTURE_ARTICLES[2]!.text;
        expect(text.slice(q.mentionStart, q.mentionEnd)).toBe("روما");
        // The Rome sentence names Meloni only by her office: no quote pretends otherwise.
        expect(took!.edge.kind).toBe("PARTICIPATED_IN");
        expect(took).toMatchObject({ inferred: true, quote: null });
        expect(took!.reason).toBe("the report in fx_a3 states it without naming both in one sentence");
        const office = (await paths({ from: "person:macron", to: "country:france" }))!.paths[0]!.steps[0]!;
        // Macron's terms as president come from the catalog: no article sentence to quote.
        expect(office).toMatchObject({
          inferred: true,
          quote: null,
          reason: "from the built-in catalog, not from an article",
        });
        const located = (await paths({ from: "place:berlin", to: "country:germany" }))!.paths[0]!.steps[0]!;
        expect(located).toMatchObject({
          inferred: true,
          reason: "from the built-in catalog, not from an article",
        });
      });
      it("k pages through the same order: the first k of k + 1 paths are the k paths", async () => {
        const three = (await paths({ from: "person:erdogan", to: "person:scholz", k: "3" }))!.paths;
        const five = (await paths({ from: "person:erdogan", to: "person:scholz", k: "5" }))!.paths;
        expect(five.length).toBeGreaterThan(three.length);
        expect(five.slice(0, 3)).toEqual(three);
        const lengths = five.map((p) => p.steps.length);
        expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
        expect(new Set(five.map((p) => p.nodes.map((n) => n.id).join())).size).toBe(five.length);
        for (const p of five) expect(new Set(p.nodes.map((n) => n.id)).size).toBe(p.nodes.length);
      });

      it("a path from a node to itself is that node", async () => {
        expect(await paths({ from: "person:macron", to: "person:macron" })).toEqual({
          paths: [
            {
              nodes: [
                {
                  id: "person:macron",
                  kind: "Person",
                  name: { ar: "إيمانويل ماكرون", en: "Emmanuel Macron" },
                },
              ],
              steps: [],
            },
          ],
        });
      });

      it("no path within maxLength gives an empty list", async () => {
        expect(await paths({ from: "place:rome", to: "person:macron", maxLength: "2" })).toEqual({
          paths: [],
        });
      });
    });

    describe("timeline()", () => {
      const tl = (q: Record<string, string> = {}) => store.timeline(timelineQuerySchema.parse(q));
      it("events in date order", async () => {
        const t = await tl();
        // Rome has no date: it goes where its latest possible day (11 May) puts it.
        expect(t.events.map((e) => e.event.id)).toEqual([
          "event:ms-paris",
          "event:ms-press",
          "event:em-rome",
          "event:me-call",
          "event:es-berlin",
          "event:msm-pact",
          "event:msm-summit",
        ]);
        expect(t.truncated).toBe(false);
      });
      it("by participant (with role), type, range and planned", async () => {
        const bySholz = await tl({ participant: "person:scholz" });
        expect(bySholz.events.map((e) => e.event.id)).toEqual([
          "event:ms-paris",
          "event:ms-press",
          "event:es-berlin",
          "event:msm-pact",
          "event:msm-summit",
        ]);
        expect(bySholz.events[0]!.role).toBe("guest");
        expect((await tl({ types: "PhoneCall,Summit" })).events.map((e) => e.event.id)).toEqual([
          "event:me-call",
          "event:msm-summit",
        ]);
        expect((await tl({ from: "2023-06", to: "2023-07" })).events.map((e) => e.event.id)).toEqual([
          "event:me-call",
          "event:es-berlin",
        ]);
        const may = await tl({ from: "2023-05", to: "2023-05" });
        expect(may.events.map((e) => [e.event.id, e.event.dateUncertain ?? false])).toEqual([
          ["event:ms-paris", false],
          ["event:ms-press", false],
          ["event:em-rome", true],
        ]);
        expect((await tl({ includePlanned: "false" })).events.some((e) => e.event.planned)).toBe(false);
      });
      it("limit truncates", async () => {
        const t = await tl({ limit: "2" });
        expect(t.events).toHaveLength(2);
        expect(t.truncated).toBe(true);
        const hers = await tl({ participant: "person:scholz", limit: "2" });
        expect(hers.events.map((e) => e.event.id)).toEqual(["event:ms-paris", "event:ms-press"]);
        expect(hers.truncated).toBe(true);
        expect((await tl({ participant: "person:scholz", limit: "5" })).truncated).toBe(false);
        expect((await tl({ participant: "person:nobody" })).events).toEqual([]);
      });
    });

    describe("dates as intervals", () => {
      it("events store the days they can have happened on", async () => {
        const days = async (id: string) => {
          const { node } = (await store.node(nodeId(id)))!;
          return [node.dateFrom, node.dateTo];
        };
        expect(await days("event:ms-paris")).toEqual(["2023-05-10", "2023-05-10"]);
        expect(await days("event:es-berlin")).toEqual(["2023-07-01", "2023-07-31"]);
        expect(await days("event:em-rome")).toEqual([null, "2023-05-11"]);
      });

      it("an event straddling the range's edge is kept and flagged; one wholly outside goes", async () => {
        const in2023 = await store.graph(graphQ({ from: "2023", to: "2023" }));
        const rome = in2023.nodes.find((n) => n.id === "event:em-rome");
        expect(rome?.dateUncertain).toBe(true);
        expect(in2023.nodes.find((n) => n.id === "event:ms-paris")).not.toHaveProperty("dateUncertain");
        expect((await store.graph(graphQ({ from: "2023-06" }))).nodes.map((n) => n.id)).not.toContain(
          "event:em-rome",
        );
        const before = await store.graph(graphQ({ to: "2022-12-31" }));
        expect(ids(before.nodes)).toEqual(["event:em-rome", "person:erdogan", "person:meloni", "place:rome"]);
        // The flag belongs to the answer, never to the stored event.
        expect((await store.node(nodeId("event:em-rome")))!.node).not.toHaveProperty("dateUncertain");
      });

      it("a tie made only of uncertain occasions is flagged in a filtered people view", async () => {
        const g = await store.graph(graphQ({ view: "people", to: "2022" }));
        expect(g.edges.map((e) => [e.id, e.dateUncertain])).toEqual([
          [edgeIdOf("MET", erdogan, nodeId("person:meloni")), true],
        ]);
      });
    });

    describe("confidence", () => {
      it("events and participations carry the extractor's scores and cues; none given stays null", async () => {
        const paris = (await store.node(nodeId("event:ms-paris")))!;
        expect(paris.node).toMatchObject({ confidence: 0.62, cues: ["meeting-verb", "dateline"] });
        // A second report without scores keeps the first report's.
        expect(paris.events[0]!.participantConfidence).toEqual({ "person:macron": 0.9 });
        expect((await store.node(nodeId("event:me-call")))!.node.confidence).toBeNull();
        const g = await store.graph(graphQ({ kinds: "Person,Event" }));
        const took = (p: string) =>
          g.edges.find((e) => e.id === edgeIdOf("PARTICIPATED_IN", nodeId(p), nodeId("event:ms-paris")))!;
        expect(took("person:macron").confidence).toBe(0.9);
        expect(took("person:scholz").confidence).toBeNull();
      });
    });

    describe("articles", () => {
      it("lists articles by publication date", async () => {
        const list = await store.articles();
        expect(list.map((a) => a.id)).toEqual(["fx_a1", "fx_a3", "fx_a2"]);
        expect(list[0]).toEqual({
          id: "fx_a1",
          title: "ماكرون وشولتس في باريس",
          published: "2023-05-10",
          publishedPrecision: "day",
          source: "fixture",
          language: "ar",
          length: FIXTURE_ARTICLES[0]!.text.length,
          // What a list shows when an article has no title: its first line, cut short.
          lede: ledeOf(FIXTURE_ARTICLES[0]!.text),
        });
      });
      it("one article with its text and the spans of every mention and evidence", async () => {
        const doc = (await store.article(articleId("fx_a2")))!;
        expect(doc.text).toBe(FIXTURE_ARTICLES[1]!.text);
        const mentions = doc.spans.filter((s) => s.kind === "mention");
        expect(mentions.map((s) => doc.text.slice(s.start, s.end))).toEqual([
          "ماكرون",
          "التركي",
          "أردوغان",
          "أردوغان",
          "شولتس",
          "برلين",
        ]);
        expect(
          doc.spans
            .filter((s) => s.kind === "evidence")
            .map((s) => s.node.id)
            .sort(),
        ).toEqual(["event:es-berlin", "event:me-call"]);
        expect(await store.article(articleId("fx_nope"))).toBeNull();
      });
    });
  });

  describe.skipIf(factory.skip)(`GraphStore curation contract: ${factory.name}`, () => {
    curationContract(factory);
  });

  describe.skipIf(factory.skip)(`GraphStore filtered reads contract: ${factory.name}`, () => {
    filteredReadsContract(factory);
  });

  describe.skipIf(factory.skip)(`GraphStore story contract: ${factory.name}`, () => {
    let store: GraphStore | null = null;
    afterAll(async () => {
      await store?.close();
    });
    storyContract(async () => {
      store = await factory.create();
      await store.init();
      return store;
    });
  });

  describe.skipIf(factory.skip)(`GraphStore ingest contract: ${factory.name}`, () => {
    ingestContract(factory);
  });

  describe.skipIf(factory.skip)(`GraphStore Cypher console contract: ${factory.name}`, () => {
    let store: GraphStore | null = null;
    afterAll(async () => {
      await store?.close();
    });
    consoleContract(factory, async () => {
      store = await factory.create();
      await store.init();
      return store;
    });
  });
}
