/**
 * The curation part of the GraphStore contract (issue 10), run by contract/contract.test.ts against every store:
 * statuses and what reads show, stale versions, merge, split, revert, re-application after a reseed
 * (by id and by sentence) and orphans. Each block loads the fixture corpus afresh.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  graphQuerySchema,
  nodeQuerySchema,
  pathQuerySchema,
  searchQuerySchema,
  timelineQuerySchema,
} from "../../../model/api.ts";
import type { CurationInput } from "../../../model/curation.ts";
import { edgeIdOf } from "../../../model/graph.ts";
import { nodeId } from "../../../model/ids.ts";
import { CurationError, type GraphStore } from "../../../model/store.ts";
import { type Extractor, loadArticles } from "../../load/load.ts";
import { corpus, type Factory, fixtureExtract } from "./stores.ts";

const ed = { name: "ed" };
const graphQ = (q: Record<string, string> = {}) => graphQuerySchema.parse(q);
const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();
const [macron, scholz, erdogan, meloni] = ["macron", "scholz", "erdogan", "meloni"].map((n) =>
  nodeId(`person:${n}`),
);
const status = (
  kind: "event" | "entity" | "participation" | "office",
  id: string,
  s: "confirmed" | "rejected",
  version = 0,
): CurationInput => ({
  action: "set-status",
  target: { kind, id },
  status: s,
  version,
});

async function refusal(promise: Promise<unknown>): Promise<CurationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CurationError);
  return error as CurationError;
}

async function fresh(factory: Factory, extract: Extractor = fixtureExtract) {
  const store = await factory.create();
  await store.init();
  await store.clear();
  await store.curation.forgetAll();
  await loadArticles(store, corpus, extract);
  return store;
}

/** Leaves the database as it was found: no graph, no corrections. */
async function dispose(store: GraphStore) {
  await store.curation.forgetAll();
  await store.clear();
  await store.close();
}

const reseed = async (store: GraphStore, extract: Extractor = fixtureExtract) => {
  await store.clear();
  return loadArticles(store, corpus, extract);
};

export function curationContract(factory: Factory) {
  const databaseReads = factory.databaseReads !== false;
  /** The events a read shows: the events view, or the timeline (same filters) where the view needs a database. */
  const shownEvents = async (store: GraphStore, filter: Record<string, string> = {}) =>
    databaseReads
      ? ids((await store.graph(graphQ(filter))).nodes.filter((n) => n.kind === "Event"))
      : (await store.timeline(timelineQuerySchema.parse(filter))).events.map((e) => e.event.id).sort();
  describe("curation: statuses and reads", () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await fresh(factory);
      return () => dispose(store);
    });

    it("queues unreviewed events lowest confidence first, with spans and participants", async () => {
      const page = await store.curation.reviewQueue({ limit: 50, offset: 0 });
      expect(page.remaining).toBe(7);
      const first = page.items.find((i) => i.event.id === "event:ms-paris")!;
      expect(first.review).toEqual({ status: "extracted", by: null, at: null, version: 0 });
      expect(first.evidence.map((p) => p.articleId).sort()).toEqual(["fx_a1", "fx_a3"]);
      expect(first.participants.map((p) => p.id)).toEqual([macron, scholz]);
      expect(first.place?.id).toBe("place:paris");
      expect(first.articles.map((a) => a.id).sort()).toEqual(["fx_a1", "fx_a3"]);
      // ms-paris is the only event the extractor scored; unscored ones come first.
      expect(page.items.at(-1)!.event.id).toBe("event:ms-paris");
    });

    it("confirms at the version seen, bumps the version, refuses a stale one with the current state", async () => {
      const result = await store.curation.apply(status("event", "event:ms-paris", "confirmed"), ed);
      expect(result.reviews).toEqual([
        {
          kind: "event",
          id: "event:ms-paris",
          review: expect.objectContaining({ status: "confirmed", by: "ed", version: 1 }),
        },
      ]);
      const conflict = await refusal(
        store.curation.apply(status("event", "event:ms-paris", "rejected", 0), { name: "other" }),
      );
      expect(conflict.code).toBe("conflict");
      expect(conflict.conflicts[0]).toMatchObject({
        id: "event:ms-paris",
        expected: 0,
        current: { version: 1 },
      });
      expect((await store.node(nodeId("event:ms-paris")))!.node.review).toMatchObject({
        status: "confirmed",
        version: 1,
      });
      expect((await store.curation.reviewQueue({ limit: 50, offset: 0 })).remaining).toBe(6);
    });

    it("of two editors writing the same version at once, exactly one wins and the other gets a conflict", async () => {
      const write = (name: string) =>
        store.curation.apply(status("event", "event:es-berlin", "rejected", 0), { name });
      const outcomes = await Promise.allSettled([write("a"), write("b")]);
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      const [lost] = outcomes.filter((o) => o.status === "rejected") as PromiseRejectedResult[];
      expect(lost!.reason).toBeInstanceOf(CurationError);
      expect((lost!.reason as CurationError).code).toBe("conflict");
      expect((await store.curation.history("event:es-berlin")).map((e) => e.input)).toHaveLength(1);
      const winner = (await store.curation.history("event:es-berlin"))[0]!;
      await store.curation.revert(winner.id, ed);
    });

    it("refuses unknown targets", async () => {
      expect((await refusal(store.curation.apply(status("event", "event:nope", "confirmed"), ed))).code).toBe(
        "not-found",
      );
      expect(
        (await refusal(store.curation.apply(status("office", "event:ms-paris", "confirmed"), ed))).code,
      ).toBe("not-found");
    });

    it("hides a rejected event from every read by default and from the ties; shows it when asked", async () => {
      await store.curation.apply(status("event", "event:me-call", "rejected"), ed);
      expect(await shownEvents(store)).not.toContain("event:me-call");
      expect(await shownEvents(store, { includeRejected: "true" })).toContain("event:me-call");
      if (databaseReads) {
        const people = await store.graph(graphQ({ view: "people" }));
        expect(people.edges.filter((e) => e.kind === "SPOKE_WITH")).toEqual([]);
      }
      const timeline = await store.timeline(timelineQuerySchema.parse({ participant: macron }));
      expect(timeline.events.map((e) => e.event.id)).not.toContain("event:me-call");
      const details = await store.node(macron, nodeQuerySchema.parse({}));
      expect(details!.events.map((e) => e.event.id)).not.toContain("event:me-call");
      expect(await store.node(nodeId("event:me-call"))).toBeNull();
      expect(
        await store.node(nodeId("event:me-call"), nodeQuerySchema.parse({ includeRejected: "true" })),
      ).not.toBeNull();
    });

    it("confirmedOnly keeps vouched-for events and counts ties from them alone", async () => {
      expect(await shownEvents(store, { confirmedOnly: "true" })).toEqual(["event:ms-paris"]);
      if (databaseReads) {
        const people = await store.graph(graphQ({ view: "people", confirmedOnly: "true" }));
        expect(people.edges.map((e) => [e.id, e.weight])).toEqual([[edgeIdOf("MET", macron, scholz), 1]]);
      }
      const timeline = await store.timeline(timelineQuerySchema.parse({ confirmedOnly: "true" }));
      expect(timeline.events.map((e) => e.event.id)).toEqual(["event:ms-paris"]);
      if (databaseReads) {
        const paths = await store.paths(
          pathQuerySchema.parse({ from: macron, to: meloni, confirmedOnly: "true" }),
        );
        expect(paths?.paths ?? []).toEqual([]);
      }
      if (!databaseReads) return;
      const peoplePaths = async (to: string) =>
        (await store.paths(
          pathQuerySchema.parse({ from: macron, to, view: "people", confirmedOnly: "true" }),
        ))!.paths;
      expect(await peoplePaths(meloni)).toEqual([]);
      // The Paris meeting is vouched for: Macron met Scholz once, by the confirmed tie alone.
      const [met] = await peoplePaths(scholz);
      expect(met!.nodes.map((n) => n.id)).toEqual([macron, scholz]);
      expect(met!.steps[0]!.edge).toMatchObject({ kind: "MET", weight: 1, eventIds: ["event:ms-paris"] });
    });

    it("a rejected participation leaves the event but not the tie", async () => {
      const edge = edgeIdOf("PARTICIPATED_IN", meloni, nodeId("event:em-rome"));
      await store.curation.apply(status("participation", edge, "rejected"), ed);
      if (databaseReads) {
        const people = await store.graph(graphQ({ view: "people", from: "2000" }));
        expect(people.edges.map((e) => e.id)).not.toContain(edgeIdOf("MET", erdogan, meloni));
        const stored = await store.graph(graphQ({ view: "people" }));
        expect(stored.edges.map((e) => e.id)).not.toContain(edgeIdOf("MET", erdogan, meloni));
      }
      const rome = await store.node(nodeId("event:em-rome"));
      expect(rome!.events[0]!.participants.map((p) => p.id)).toEqual([erdogan]);
    });

    it("shows a confirmed participation's status in the event's summary", async () => {
      const edge = edgeIdOf("PARTICIPATED_IN", erdogan, nodeId("event:em-rome"));
      await store.curation.apply(status("participation", edge, "confirmed"), ed);
      const rome = await store.node(nodeId("event:em-rome"));
      expect(rome!.events[0]!.participantReview?.[erdogan]).toMatchObject({
        status: "confirmed",
        by: "ed",
        version: 1,
      });
      const fresh = await store.node(erdogan);
      const other = fresh!.events.find((e) => e.event.id !== "event:em-rome");
      expect(other?.participantReview).toBeUndefined();
    });

    it("edits an event: date, participants, topics; the audit records before and after", async () => {
      const result = await store.curation.apply(
        {
          action: "edit-event",
          id: "event:ms-press",
          version: 0,
          changes: { date: "2023-05-11", topics: ["topic:energy"], removeParticipants: [scholz] },
        },
        { name: "ed", reason: "the article says the next day" },
      );
      const [entry] = result.entries;
      expect(entry).toMatchObject({
        action: "edit-event",
        by: "ed",
        reason: "the article says the next day",
      });
      expect(entry!.before.nodes["event:ms-press"]!.date).toBe("2023-05-10");
      expect(entry!.after.nodes["event:ms-press"]!.date).toBe("2023-05-11");
      const press = (await store.node(nodeId("event:ms-press")))!.events[0]!;
      expect(press.event).toMatchObject({
        date: "2023-05-11",
        datePrecision: "day",
        dateFrom: "2023-05-11",
        review: { status: "edited", version: 1 },
      });
      expect(press.participants.map((p) => p.id)).toEqual([macron]);
      expect(press.topics.map((t) => t.id)).toEqual(["topic:energy"]);
      const history = await store.curation.history("event:ms-press");
      expect(history.map((h) => h.action)).toEqual(["edit-event"]);
    });

    it("adds an event only from a quote inside the article", async () => {
      const outside = { articleId: "fx_a2", start: 10, end: 100_000 };
      const input = (source: typeof outside): CurationInput => ({
        action: "add-event",
        event: {
          source,
          type: "Meeting",
          date: "2023-07-01",
          participants: [{ id: erdogan }, { id: scholz }],
          place: "place:berlin",
          topics: [],
          planned: false,
        },
      });
      expect((await refusal(store.curation.apply(input(outside), ed))).code).toBe("invalid");
      expect(
        (await refusal(store.curation.apply(input({ ...outside, articleId: "nope", end: 20 }), ed))).code,
      ).toBe("not-found");
      const result = await store.curation.apply(input({ articleId: "fx_a2", start: 52, end: 90 }), ed);
      const [id] = result.created;
      const details = await store.node(nodeId(id!));
      expect(details!.events[0]!.evidence[0]!.quote).toBe(corpus[1]!.text.slice(52, 90));
      expect(details!.node.review).toMatchObject({ status: "confirmed", version: 1 });
    });

    it("confirms a selection all or nothing", async () => {
      const stale = await refusal(
        store.curation.applyAll(
          [status("event", "event:msm-pact", "confirmed"), status("event", "event:ms-paris", "confirmed", 0)],
          ed,
        ),
      );
      expect(stale.code).toBe("conflict");
      expect((await store.node(nodeId("event:msm-pact")))!.node.review).toBeUndefined();
      const ok = await store.curation.applyAll(
        [status("event", "event:msm-pact", "confirmed"), status("event", "event:msm-summit", "confirmed")],
        ed,
      );
      expect(ok.entries).toHaveLength(2);
    });

    it.skipIf(!databaseReads)("leaves a rejected entity out of search", async () => {
      const hit = async () =>
        (await store.search(searchQuerySchema.parse({ q: "scholz" }))).map((h) => h.node.id);
      expect(await hit()).toContain("person:scholz");
      await store.curation.apply(status("entity", "person:scholz", "rejected"), ed);
      expect(await hit()).not.toContain("person:scholz");
    });
  });

  describe("curation: entities, revert, re-application", () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await fresh(factory);
      return () => dispose(store);
    });

    it("refuses to merge into itself or into another kind", async () => {
      const self = {
        action: "merge-entities",
        id: erdogan,
        version: 0,
        into: erdogan,
        intoVersion: 0,
      } as const;
      expect((await refusal(store.curation.apply(self, ed))).code).toBe("invalid");
      const other = { ...self, into: "country:turkey" };
      expect((await refusal(store.curation.apply(other, ed))).code).toBe("conflict");
    });

    it("merges: names united, edges re-pointed, ties recomputed", async () => {
      await store.curation.apply(
        { action: "merge-entities", id: meloni, version: 0, into: erdogan, intoVersion: 0 },
        ed,
      );
      expect(await store.hasNode(meloni)).toBe(false);
      const details = await store.node(erdogan);
      expect(details!.node.aliases).toEqual(expect.arrayContaining(["جورجا ميلوني"]));
      expect(details!.events.map((e) => e.event.id)).toEqual(
        expect.arrayContaining(["event:msm-summit", "event:em-rome"]),
      );
      if (databaseReads) {
        const people = await store.graph(graphQ({ view: "people" }));
        // Meloni's summit with Macron is now Erdogan's.
        expect(people.edges.map((e) => e.id)).toContain(edgeIdOf("MET", erdogan, macron));
      }
    });

    it("splits chosen edges off to a new entity", async () => {
      const edge = edgeIdOf("PARTICIPATED_IN", erdogan, nodeId("event:msm-summit"));
      const version = (await store.node(erdogan))!.node.review!.version;
      const result = await store.curation.apply(
        {
          action: "split-entity",
          id: erdogan,
          version,
          split: { name: { ar: "ميلوني", en: "Meloni" }, edges: [edge], mentions: [] },
        },
        ed,
      );
      const [created] = result.created;
      const split = await store.node(nodeId(created!));
      expect(split!.events.map((e) => e.event.id)).toEqual(["event:msm-summit"]);
      expect((await store.node(erdogan))!.events.map((e) => e.event.id)).not.toContain("event:msm-summit");
    });

    it("reverts only when no later standing change touched the same facts", async () => {
      const entries = (await store.curation.audit({ limit: 10, offset: 0, format: "json" })).entries;
      const [split, merge] = entries;
      expect([split!.action, merge!.action]).toEqual(["split-entity", "merge-entities"]);
      expect((await refusal(store.curation.revert(merge!.id, ed))).code).toBe("conflict");
      await store.curation.revert(split!.id, ed);
      const revert = await store.curation.revert(merge!.id, { name: "ed", reason: "not the same person" });
      expect(revert.entries[0]).toMatchObject({ action: "revert", revertOf: merge!.id });
      expect(await store.hasNode(meloni)).toBe(true);
      expect((await store.node(meloni))!.events.map((e) => e.event.id)).toContain("event:msm-summit");
      expect((await refusal(store.curation.revert(merge!.id, ed))).code).toBe("conflict");
      expect((await refusal(store.curation.revert("c-nope", ed))).code).toBe("not-found");
      const page = await store.curation.audit({ limit: 10, offset: 0, format: "json" });
      expect(page.entries.find((e) => e.id === merge!.id)!.revertedBy).toBe(revert.entries[0]!.id);
    });

    it("re-applies every correction after a reseed", async () => {
      await store.curation.apply(status("event", "event:me-call", "rejected"), ed);
      await store.curation.apply(
        {
          action: "edit-entity",
          id: scholz,
          version: 0,
          changes: { name: { ar: "أولاف شولز", en: "Olaf Scholtz" } },
        },
        ed,
      );
      const report = await reseed(store);
      expect(report.corrections.orphaned).toEqual([]);
      expect(await shownEvents(store)).not.toContain("event:me-call");
      expect((await store.node(scholz))!.node).toMatchObject({
        name: { en: "Olaf Scholtz" },
        aliases: expect.arrayContaining(["أولاف شولتس", "Olaf Scholz"]),
      });
      expect(await store.hasNode(meloni)).toBe(true);
      // Versions carry on from where they were, so an editor's stale version stays stale.
      expect((await store.node(scholz))!.node.review!.version).toBe(1);
    });

    it("finds a target whose id changed by its sentence, and lists what it cannot find as orphaned", async () => {
      const renamed: Extractor = (text, meta) => {
        const x = fixtureExtract(text, meta);
        const events = x.events
          .filter((e) => e.id !== "event:ms-press")
          .map((e) => (e.id === "event:me-call" ? { ...e, id: "event:me-call-v2" } : e));
        return { ...x, events };
      };
      await store.curation.apply(status("event", "event:ms-press", "confirmed"), ed);
      const report = await reseed(store, renamed);
      expect(await shownEvents(store, { includeRejected: "true" })).toContain("event:me-call-v2");
      expect(await shownEvents(store)).not.toContain("event:me-call-v2");
      expect(report.corrections.orphaned.map((o) => o.entry.target.id)).toEqual(["event:ms-press"]);
      expect((await store.curation.orphans()).map((o) => o.entry.action)).toEqual(["set-status"]);
      await reseed(store);
      expect(await store.curation.orphans()).toEqual([]);
    });
  });
}
