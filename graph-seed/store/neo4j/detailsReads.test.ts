/**
 * Node details and the people view's paths under confirmedOnly on Neo4j: which statements are sent with
 * which parameters (the review filter, the page of mentions as Integers), and how the rows become the
 * answer. What the statements select and in which order is the contract suite's to check on a real
 * server (contract/filteredReads.ts with NEO4J_URI).
 */
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { nodeQuerySchema, pathQuerySchema } from "../../../model/api.ts";
import { nodeId } from "../../../model/ids.ts";
import { ARTICLE_SUMMARIES } from "./cypher.ts";
import {
  NODE_DETAILS_AROUND,
  NODE_EVENT_CONTEXT,
  NODE_MENTIONS_PAGE,
  PATH_STEP_EDGES,
  PATHS_OF_LENGTH_VOUCHED_TIES,
  PEOPLE_VIEW_DERIVED_FACTS,
  SHORTEST_PATHS_PEOPLE,
  SHORTEST_PATHS_VOUCHED_TIES,
  SHOWN_NODES,
} from "./cypherReads.ts";
import { readNodeDetails } from "./details.ts";
import { fakeRunner, testQuote } from "./fakeRunner.ts";
import { readPaths } from "./paths.ts";
import type { Params, Row } from "./session.ts";

const node = (id: string, kind: string, ar: string) => ({ id, kind, nameAr: ar, nullKeys: [] });
const putin = node("person:putin", "Person", "بوتين");
const sisi = node("person:sisi", "Person", "السيسي");
const lavrov = node("person:lavrov", "Person", "لافروف");
/** Vouched for, so confirmedOnly keeps it (as the database would have filtered). */
const summit = {
  ...node("event:summit", "Event", "قمة"),
  date: "2017-12-11",
  eventType: "Summit",
  reviewStatus: "confirmed",
};
const rel = (kind: string, source: string, target: string, evidence: string[] = []) => ({
  props: { id: `${kind}:${source}->${target}`, kind, nullKeys: [], evidence },
  source,
  target,
});

describe("node details", () => {
  const tie = {
    props: {
      id: "MET:person:putin->person:sisi",
      kind: "MET",
      weight: 4,
      nullKeys: [],
      // The database sends the first `quotes` of the stored list and the size of the whole.
      evidence: [testQuote(100, 100), testQuote(120, 120)],
    },
    source: "person:putin",
    target: "person:sisi",
  };
  // One row: the node once, its relationships in a list.
  const around = [
    {
      node: putin,
      rels: [
        { other: summit, evidenceTotal: 1, ...rel("PARTICIPATED_IN", "person:putin", "event:summit", []) },
        { other: sisi, evidenceTotal: 9, ...tie },
      ],
    },
  ] as unknown as Row[];
  const inSummit = { event: "event:summit", eventQuotes: 5 };
  const context = [
    {
      other: putin,
      ...inSummit,
      ...rel("PARTICIPATED_IN", "person:putin", "event:summit", [testQuote(0, 0)]),
    },
    { other: sisi, ...inSummit, ...rel("PARTICIPATED_IN", "person:sisi", "event:summit", [testQuote(0, 5)]) },
    {
      other: node("article:a1", "Article", "مقال"),
      ...inSummit,
      ...rel("REPORTED_IN", "event:summit", "article:a1", [testQuote(0), testQuote(20)]),
    },
  ] as unknown as Row[];
  const answers = () =>
    new Map<string, Row[] | ((p: Params) => Row[])>([
      [NODE_DETAILS_AROUND, around],
      [NODE_EVENT_CONTEXT, context],
      [ARTICLE_SUMMARIES, []],
      [NODE_MENTIONS_PAGE, [{ total: 7, page: [testQuote(60, 60), testQuote(80, 85)] } as unknown as Row]],
    ]);

  it("filters in the database, pages the mentions and cuts the other quotes there, counting them", async () => {
    const db = fakeRunner(answers());
    const q = nodeQuerySchema.parse({ mentionsOffset: "4", mentionsLimit: "2", quotesPerItem: "2" });
    const details = (await readNodeDetails(db, nodeId("person:putin"), q))!;
    const [aroundParams] = db.calls.filter((c) => c.query === NODE_DETAILS_AROUND).map((c) => c.params);
    // LIMIT and list slices need Cypher integers, not floats.
    expect(neo4j.isInt(aroundParams!.quotes)).toBe(true);
    expect(db.paramsOf(NODE_DETAILS_AROUND)[0]).toEqual({
      id: "person:putin",
      quotes: 2,
      includeRejected: false,
      confirmedOnly: false,
    });
    expect(db.paramsOf(NODE_EVENT_CONTEXT)[0]).toEqual({
      ids: ["event:summit"],
      quotes: 2,
      includeRejected: false,
      confirmedOnly: false,
    });
    expect(db.paramsOf(NODE_MENTIONS_PAGE)[0]).toEqual({ id: "person:putin", offset: 4, limit: 2 });
    expect(details.mentions.map((m) => m.start)).toEqual([60, 80]);
    expect(details.mentionsTotal).toBe(7);
    const [event] = details.events;
    expect(event!.participants.map((p) => p.id)).toEqual(["person:putin", "person:sisi"]);
    // Two quotes came, five exist: the count is the database's, not the length of what came.
    expect([event!.evidence.map((e) => e.start), event!.evidenceTotal]).toEqual([[0, 20], 5]);
    const met = details.ties[0]!.met!;
    expect([met.evidence.map((e) => e.start), met.evidenceTotal]).toEqual([[100, 120], 9]);
  });

  it("no count when nothing was cut", async () => {
    const db = fakeRunner(answers());
    const q = nodeQuerySchema.parse({ quotesPerItem: "9" });
    const details = (await readNodeDetails(db, nodeId("person:putin"), q))!;
    expect(db.paramsOf(NODE_EVENT_CONTEXT)[0]).toMatchObject({ quotes: 9 });
    expect(details.events[0]).not.toHaveProperty("evidenceTotal");
    expect(details.ties[0]!.met).not.toHaveProperty("evidenceTotal");
  });

  it("without a page, every quote; under confirmedOnly the events' quotes come whole for the recount", async () => {
    const db = fakeRunner(answers());
    const filter = { includeRejected: false, confirmedOnly: true };
    const details = (await readNodeDetails(db, nodeId("person:putin"), filter))!;
    const whole = Number.MAX_SAFE_INTEGER;
    expect(db.paramsOf(NODE_MENTIONS_PAGE)[0]).toEqual({ id: "person:putin", offset: 0, limit: whole });
    expect(details).not.toHaveProperty("mentionsTotal");
    expect(details.mentions).toHaveLength(2);
    expect(db.paramsOf(NODE_DETAILS_AROUND)[0]).toMatchObject({ confirmedOnly: true, quotes: whole });
    expect(db.paramsOf(NODE_EVENT_CONTEXT)[0]).toMatchObject({ confirmedOnly: true, quotes: whole });
    // The summit names both: one tie, quoted by the sentence naming both.
    expect(details.ties.map((t) => [t.other.id, t.met?.weight, t.met?.inferred])).toEqual([
      ["person:sisi", 1, false],
    ]);
    expect(details.degree).toBe(2);
    const paged = nodeQuerySchema.parse({ confirmedOnly: "true", quotesPerItem: "1" });
    const db2 = fakeRunner(answers());
    await readNodeDetails(db2, nodeId("person:putin"), paged);
    expect(db2.paramsOf(NODE_DETAILS_AROUND)[0]).toMatchObject({ quotes: 1 });
    expect(db2.paramsOf(NODE_EVENT_CONTEXT)[0]).toMatchObject({ quotes: whole });
  });

  it("sends the node once and, of the nodes around it, whole records only for events", () => {
    expect(NODE_DETAILS_AROUND.match(/\{\.\*\}/g)).toHaveLength(2);
    expect(NODE_DETAILS_AROUND).toMatch(/RETURN n \{\.\*\} AS node, COLLECT \{/);
    expect(NODE_DETAILS_AROUND).toContain(
      "CASE WHEN m.kind = 'Event' THEN m {.*} ELSE m {.id, .kind, .nameAr, .nameEn} END",
    );
    expect(NODE_EVENT_CONTEXT).toContain(
      "CASE WHEN m.kind = 'Event' THEN m {.*} ELSE m {.id, .kind, .nameAr, .nameEn} END",
    );
  });

  it("null when the database shows no such node; nothing more is asked", async () => {
    const db = fakeRunner(new Map([[NODE_DETAILS_AROUND, []]]));
    expect(await readNodeDetails(db, nodeId("person:nobody"))).toBeNull();
    expect(db.calls).toHaveLength(1);
  });
});

describe("people paths under confirmedOnly", () => {
  const ends = (p: Params) =>
    (p.ids as string[]).flatMap((id) =>
      [putin, sisi, lavrov].filter((n) => n.id === id).map((props) => ({ props }) as unknown as Row),
    );
  const facts = [
    {
      id: "event:summit",
      eventType: "Summit",
      date: "2017-12-11",
      encounter: null,
      planned: false,
      days: { date: "2017-12-11" },
      persons: [
        { id: "person:putin", evidence: [testQuote(0, 0)] },
        { id: "person:sisi", evidence: [testQuote(0, 5)] },
        { id: "person:lavrov", evidence: [] },
      ],
      reports: [],
    },
  ] as unknown as Row[];

  it("walks the vouched-for ties and recounts the steps' ties; stored tie edges are not read", async () => {
    const db = fakeRunner(
      new Map<string, Row[] | ((p: Params) => Row[])>([
        [SHOWN_NODES, ends],
        [SHORTEST_PATHS_VOUCHED_TIES, [{ ids: ["person:putin", "person:sisi"] } as unknown as Row]],
        [
          PATHS_OF_LENGTH_VOUCHED_TIES[2]!,
          [{ ids: ["person:putin", "person:lavrov", "person:sisi"] } as unknown as Row],
        ],
        [PEOPLE_VIEW_DERIVED_FACTS, facts],
      ]),
    );
    const q = pathQuerySchema.parse({
      from: "person:putin",
      to: "person:sisi",
      view: "people",
      confirmedOnly: "true",
      k: "2",
    });
    const result = (await readPaths(db, q))!;
    expect(result.paths.map((p) => p.nodes.map((n) => n.id))).toEqual([
      ["person:putin", "person:sisi"],
      ["person:putin", "person:lavrov", "person:sisi"],
    ]);
    expect(result.paths[0]!.steps[0]!.edge).toMatchObject({ kind: "MET", weight: 1, inferred: false });
    expect(result.paths[1]!.steps[0]!).toMatchObject({ inferred: true });
    const sent = db.calls.map((c) => c.query);
    expect(sent).not.toContain(SHORTEST_PATHS_PEOPLE);
    expect(sent).not.toContain(PATH_STEP_EDGES);
    expect(db.paramsOf(SHORTEST_PATHS_VOUCHED_TIES)[0]).toMatchObject({ confirmedOnly: true, k: 2 });
    // A path's `from` and `to` are node ids: never sent as a time range.
    expect(db.paramsOf(PEOPLE_VIEW_DERIVED_FACTS)[0]).toEqual({
      ids: ["person:putin", "person:sisi", "person:lavrov"],
      ties: ["MET", "SPOKE_WITH"],
      topics: null,
      fromDay: null,
      toDay: null,
      includeRejected: false,
      confirmedOnly: true,
    });
  });
});
