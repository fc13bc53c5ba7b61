/**
 * The filtered people view on Neo4j (dates, topics, confirmedOnly): which statements are sent with which
 * parameters, and how the facts rows become ties with the shared rule. What the statements select is
 * the contract suite's to check against a real server (contract/peopleReads.ts with NEO4J_URI).
 */
import { describe, expect, it } from "vitest";
import { graphQuerySchema } from "../../../model/api.ts";
import {
  EVENTS_VIEW_TOP,
  EVENTS_VIEW_TOP_FILTERED,
  PEOPLE_VIEW_DERIVED_FACTS,
  PEOPLE_VIEW_DERIVED_TOP,
  PEOPLE_VIEW_TOP,
} from "./cypherReads.ts";
import { fakeRunner, testQuote } from "./fakeRunner.ts";
import { readPeopleView } from "./peopleView.ts";
import type { Row } from "./session.ts";

const person = (id: string, ar: string) => ({ id, kind: "Person", nameAr: ar, nullKeys: [] });
const [putin, sisi, lavrov] = [
  person("person:putin", "بوتين"),
  person("person:sisi", "السيسي"),
  person("person:lavrov", "لافروف"),
];

/** Two meetings on one day (one occasion) naming both; a call with no sentence naming both; all 2017. */
const FACTS: Row[] = [
  {
    id: "event:m1",
    eventType: "Meeting",
    date: "2017-12-11",
    encounter: null,
    planned: false,
    days: { date: "2017-12-11", dateFrom: "2017-12-11", dateTo: "2017-12-11" },
    persons: [
      { id: "person:putin", evidence: [testQuote(0, 0)] },
      { id: "person:sisi", evidence: [testQuote(0, 5)] },
    ],
    reports: [{ id: "REPORTED_IN:event:m1->article:a1", evidence: [testQuote(0)] }],
  },
  {
    id: "event:m2",
    eventType: "PressConference",
    date: "2017-12-11",
    encounter: null,
    planned: false,
    days: { date: "2017-12-11", dateFrom: "2017-12-11", dateTo: "2017-12-11" },
    persons: [
      { id: "person:putin", evidence: [] },
      { id: "person:sisi", evidence: [] },
    ],
    reports: [],
  },
  {
    id: "event:call",
    eventType: "PhoneCall",
    date: "2017-12",
    encounter: null,
    planned: false,
    days: { date: "2017-12" },
    persons: [
      { id: "person:putin", evidence: [] },
      { id: "person:lavrov", evidence: [] },
    ],
    reports: [{ id: "REPORTED_IN:event:call->article:a1", evidence: [testQuote(40)] }],
  },
] as unknown as Row[];

const top = (nodes: unknown[], totalNodes: number, totalEdges: number) =>
  [{ nodes, totalNodes, totalEdges }] as unknown as Row[];

describe("people view filtered by dates, topics or confirmedOnly", () => {
  it("ranks in the database, then derives only the ties among the kept persons", async () => {
    const db = fakeRunner(
      new Map([
        [PEOPLE_VIEW_DERIVED_TOP, top([putin, sisi, lavrov], 5, 4)],
        [PEOPLE_VIEW_DERIVED_FACTS, FACTS],
      ]),
    );
    const q = graphQuerySchema.parse({
      view: "people",
      from: "2017-12-05",
      to: "2018",
      topics: "topic:gas",
      limit: "3",
    });
    const g = await readPeopleView(db, q);
    expect(db.calls.map((c) => c.query)).toEqual([PEOPLE_VIEW_DERIVED_TOP, PEOPLE_VIEW_DERIVED_FACTS]);
    expect(db.paramsOf(PEOPLE_VIEW_DERIVED_TOP)[0]).toEqual({
      ties: ["MET", "SPOKE_WITH"],
      minWeight: 1,
      kinds: null,
      limit: 3,
      topics: ["topic:gas"],
      fromDay: "2017-12-05",
      toDay: "2018-12-31",
      includeRejected: false,
      confirmedOnly: false,
    });
    // The facts statement needs the kept ids, the tie kinds and the event filters, not the ranking's.
    expect(db.paramsOf(PEOPLE_VIEW_DERIVED_FACTS)[0]).toEqual({
      ids: ["person:putin", "person:sisi", "person:lavrov"],
      ties: ["MET", "SPOKE_WITH"],
      topics: ["topic:gas"],
      fromDay: "2017-12-05",
      toDay: "2018-12-31",
      includeRejected: false,
      confirmedOnly: false,
    });
    expect(g.nodes.map((n) => n.id)).toEqual(["person:putin", "person:sisi", "person:lavrov"]);
    expect(g).toMatchObject({ truncated: true, total: { nodes: 5, edges: 4 } });
    const [met, spoke] = g.edges;
    expect(g.edges.map((e) => e.id)).toEqual([
      "MET:person:putin->person:sisi",
      "SPOKE_WITH:person:lavrov->person:putin",
    ]);
    // One day, one occasion; the sentence naming both is the quote; wholly inside the range.
    expect(met).toMatchObject({
      weight: 1,
      inferred: false,
      dateUncertain: false,
      eventIds: ["event:m1", "event:m2"],
    });
    expect(met!.evidence.map((p) => p.mentionStart)).toEqual([0]);
    // A month-precise call straddles 2017-12-05: the tie is made only of uncertain occasions.
    expect(spoke).toMatchObject({ weight: 1, inferred: true, dateUncertain: true });
    expect(spoke!.inferredReason).toMatch(/^both took part in the call of 2017-12/);
  });

  it("keeps the asked tie kinds and weights; under confirmedOnly alone no tie is flagged", async () => {
    const db = fakeRunner(
      new Map([
        [PEOPLE_VIEW_DERIVED_TOP, top([putin, sisi], 2, 1)],
        [PEOPLE_VIEW_DERIVED_FACTS, FACTS],
      ]),
    );
    const g = await readPeopleView(
      db,
      graphQuerySchema.parse({ view: "people", confirmedOnly: "true", ties: "MET" }),
    );
    expect(g.edges.map((e) => e.id)).toEqual(["MET:person:putin->person:sisi"]);
    expect(g.edges[0]).not.toHaveProperty("dateUncertain");
    expect(db.paramsOf(PEOPLE_VIEW_DERIVED_TOP)[0]).toMatchObject({
      ties: ["MET"],
      topics: null,
      fromDay: null,
      toDay: null,
      confirmedOnly: true,
    });
    // Only the events that make a tie of the kind asked for are sent: no calls for a MET view.
    expect(db.paramsOf(PEOPLE_VIEW_DERIVED_FACTS)[0]).toMatchObject({ ties: ["MET"] });
    expect(db.calls.some((c) => c.query === PEOPLE_VIEW_TOP)).toBe(false);

    const heavy = fakeRunner(
      new Map([
        [PEOPLE_VIEW_DERIVED_TOP, top([putin, sisi], 2, 1)],
        [PEOPLE_VIEW_DERIVED_FACTS, FACTS],
      ]),
    );
    const q = graphQuerySchema.parse({ view: "people", from: "2017", minWeight: "2" });
    expect((await readPeopleView(heavy, q)).edges).toEqual([]);
  });

  it("nobody kept: an empty view without a second statement", async () => {
    const db = fakeRunner(new Map([[PEOPLE_VIEW_DERIVED_TOP, top([], 0, 0)]]));
    const g = await readPeopleView(db, graphQuerySchema.parse({ view: "people", from: "2030" }));
    expect(g).toEqual({ nodes: [], edges: [], truncated: false, total: { nodes: 0, edges: 0 } });
    expect(db.calls).toHaveLength(1);
  });
});

describe("the ranked views' statements", () => {
  const ranked = { PEOPLE_VIEW_TOP, PEOPLE_VIEW_DERIVED_TOP, EVENTS_VIEW_TOP, EVENTS_VIEW_TOP_FILTERED };

  it.each(Object.entries(ranked))(
    "%s keeps the top $limit by ORDER BY … LIMIT, projecting only those",
    (_, q) => {
      // A top-k in the database: not every node sorted, collected as maps, then sliced.
      expect(q).toMatch(/ORDER BY degree DESC, n\.id\s+LIMIT \$limit\s+RETURN n \{\.\*\} AS node/);
      expect(q).not.toContain("[..$limit]");
      expect(q.match(/\{\.\*\}/g)).toHaveLength(1);
    },
  );

  it("the facts are asked for only for the events making a tie of the kinds shown", () => {
    expect(PEOPLE_VIEW_DERIVED_FACTS).toMatch(
      /CASE WHEN e\.eventType = 'PhoneCall' THEN 'SPOKE_WITH' ELSE 'MET' END IN \$ties/,
    );
  });
});
