/**
 * The reads only a real Neo4j can run (ego network, k paths, the ranked people view): which statements
 * are sent with which parameters (integers as driver Integers, the review filter, limits pushed down),
 * and how the returned rows become the API's answer. What the statements do is the contract suite's to
 * check against a real server (contract/contract.test.ts with NEO4J_URI).
 */
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { graphQuerySchema, neighbourhoodQuerySchema, pathQuerySchema } from "../../../model/api.ts";
import { nodeId } from "../../../model/ids.ts";
import {
  EDGES_AMONG_SHOWN,
  EVENTS_VIEW_TOP,
  EVENTS_VIEW_TOP_FILTERED,
  NEIGHBOURHOOD,
  PATH_STEP_EDGES,
  PATHS_OF_LENGTH_EVENTS,
  PATHS_OF_LENGTH_PEOPLE,
  PEOPLE_VIEW_TIES,
  PEOPLE_VIEW_TOP,
  SHORTEST_PATHS_EVENTS,
  SHORTEST_PATHS_PEOPLE,
  SHOWN_NODES,
} from "./cypherReads.ts";
import { HUB_DEGREE, readNeighbourhood } from "./ego.ts";
import { readEventsView } from "./eventsView.ts";
import { fakeRunner } from "./fakeRunner.ts";
import { readPaths } from "./paths.ts";
import { readPeopleView, storedTiesAnswer } from "./peopleView.ts";
import type { Params, Row } from "./session.ts";

const node = (id: string, kind: string, ar: string) => ({ id, kind, nameAr: ar, nullKeys: [] });
const rel = (kind: string, source: string, target: string, extra: Record<string, unknown> = {}): Row => ({
  props: { id: `${kind}:${source}->${target}`, kind, nullKeys: [], evidence: [], ...extra } as Row["props"],
  source,
  target,
});
const P = {
  putin: node("person:putin", "Person", "بوتين"),
  sisi: node("person:sisi", "Person", "السيسي"),
  lavrov: node("person:lavrov", "Person", "لافروف"),
  summit: node("event:summit", "Event", "قمة"),
  call: node("event:call", "Event", "اتصال"),
  cairo: node("place:cairo", "Place", "القاهرة"),
};

describe("neighbourhood", () => {
  const ball = {
    nodes: [P.putin, P.summit, P.cairo, P.sisi],
    totalNodes: 9,
    totalEdges: 12,
    cut: false,
  };
  const among = [
    rel("PARTICIPATED_IN", "person:sisi", "event:summit"),
    rel("HELD_IN", "event:summit", "place:cairo"),
    rel("PARTICIPATED_IN", "person:putin", "event:summit"),
  ];

  it("walks, filters, orders and cuts in one statement; then fetches the edges among the kept", async () => {
    const db = fakeRunner(
      new Map<string, Row[]>([
        [NEIGHBOURHOOD, [ball as unknown as Row]],
        [EDGES_AMONG_SHOWN, among],
      ]),
    );
    const q = neighbourhoodQuerySchema.parse({ depth: "2", limit: "4", kinds: "Person,Place" });
    const payload = (await readNeighbourhood(db, nodeId("person:putin"), q))!;
    expect(payload.nodes.map((n) => n.id)).toEqual([
      "person:putin",
      "event:summit",
      "place:cairo",
      "person:sisi",
    ]);
    // The edges come back in id order, whatever order the database used.
    expect(payload.edges.map((e) => e.id)).toEqual([
      "HELD_IN:event:summit->place:cairo",
      "PARTICIPATED_IN:person:putin->event:summit",
      "PARTICIPATED_IN:person:sisi->event:summit",
    ]);
    expect(payload.truncated).toBe(true);
    expect(payload.total).toEqual({ nodes: 9, edges: 12 });
    const [params] = db.paramsOf(NEIGHBOURHOOD);
    expect(params).toEqual({
      id: "person:putin",
      types: ["PARTICIPATED_IN", "HELD_IN", "DISCUSSED", "HOLDS_OFFICE", "LOCATED_IN"],
      withArticles: false,
      depth: 2,
      hubDegree: HUB_DEGREE,
      kinds: ["Person", "Place"],
      limit: 4,
      includeRejected: false,
      confirmedOnly: false,
    });
    for (const key of ["depth", "hubDegree", "limit"])
      expect(neo4j.isInt(db.calls[0]!.params[key])).toBe(true);
    expect(db.paramsOf(EDGES_AMONG_SHOWN)[0]).toMatchObject({
      ids: ["person:putin", "event:summit", "place:cairo", "person:sisi"],
      types: ["PARTICIPATED_IN", "HELD_IN", "DISCUSSED", "HOLDS_OFFICE", "LOCATED_IN"],
    });
  });

  it("an article centre walks the article edges too; a hub met in the walk marks the answer truncated", async () => {
    const article = node("article:a1", "Article", "خبر");
    const db = fakeRunner(
      new Map<string, Row[]>([
        [NEIGHBOURHOOD, [{ nodes: [article], totalNodes: 1, totalEdges: 0, cut: true } as unknown as Row]],
        [EDGES_AMONG_SHOWN, []],
      ]),
    );
    const payload = (await readNeighbourhood(db, nodeId("article:a1"), neighbourhoodQuerySchema.parse({})))!;
    expect(payload.truncated).toBe(true);
    expect(db.paramsOf(EDGES_AMONG_SHOWN)[0]!.types).toContain("MENTIONS");
    expect(db.paramsOf(NEIGHBOURHOOD)[0]).toMatchObject({ depth: 1, limit: 200, kinds: null });
  });

  it("null when the centre is unknown or hidden (no row), without a second statement", async () => {
    const db = fakeRunner(new Map([[NEIGHBOURHOOD, []]]));
    const q = neighbourhoodQuerySchema.parse({ includeRejected: "true" });
    expect(await readNeighbourhood(db, nodeId("person:nobody"), q)).toBeNull();
    expect(db.calls).toHaveLength(1);
    expect(db.paramsOf(NEIGHBOURHOOD)[0]).toMatchObject({ includeRejected: true });
  });
});

describe("paths", () => {
  const ends = (p: Params) =>
    (p.ids as string[])
      .flatMap((id) => Object.values(P).filter((n) => n.id === id))
      .map((props) => ({ props }));

  it("shortest paths first; longer ones only while fewer than k, one length at a time", async () => {
    const db = fakeRunner(
      new Map<string, Row[] | ((p: Params) => Row[])>([
        [SHOWN_NODES, ends],
        [SHORTEST_PATHS_EVENTS, [{ ids: ["person:putin", "event:summit", "person:sisi"] }]],
        [PATHS_OF_LENGTH_EVENTS[3]!, []],
        [
          PATHS_OF_LENGTH_EVENTS[4]!,
          [{ ids: ["person:putin", "event:call", "person:lavrov", "event:summit", "person:sisi"] }],
        ],
        [
          PATH_STEP_EDGES,
          [
            rel("PARTICIPATED_IN", "person:putin", "event:summit"),
            rel("PARTICIPATED_IN", "person:sisi", "event:summit"),
            rel("PARTICIPATED_IN", "person:putin", "event:call"),
            rel("PARTICIPATED_IN", "person:lavrov", "event:call"),
            rel("PARTICIPATED_IN", "person:lavrov", "event:summit"),
          ],
        ],
      ]),
    );
    const q = pathQuerySchema.parse({ from: "person:putin", to: "person:sisi", k: "2", maxLength: "4" });
    const result = (await readPaths(db, q))!;
    expect(result.paths.map((p) => p.nodes.map((n) => n.id).join(" "))).toEqual([
      "person:putin event:summit person:sisi",
      "person:putin event:call person:lavrov event:summit person:sisi",
    ]);
    const [first] = result.paths;
    expect(first!.steps.map((s) => [s.from.id, s.to.id, s.edge.kind])).toEqual([
      ["person:putin", "event:summit", "PARTICIPATED_IN"],
      ["event:summit", "person:sisi", "PARTICIPATED_IN"],
    ]);
    expect(db.paramsOf(SHORTEST_PATHS_EVENTS)[0]).toEqual({
      from: "person:putin",
      to: "person:sisi",
      scan: 2000,
      maxLength: 4,
      k: 2,
      includeRejected: false,
      confirmedOnly: false,
    });
    // After one shortest path, one more is wanted from each longer length, up to maxLength.
    expect(db.paramsOf(PATHS_OF_LENGTH_EVENTS[3]!)[0]!.k).toBe(1);
    expect(db.paramsOf(PATHS_OF_LENGTH_EVENTS[4]!)[0]!.k).toBe(1);
    expect(db.calls.some((c) => c.query === PATHS_OF_LENGTH_EVENTS[5])).toBe(false);
    // Each step is asked for in both directions, once.
    const pairs = db.paramsOf(PATH_STEP_EDGES)[0]!.pairs as { from: string; to: string }[];
    expect(pairs).toHaveLength(2 * 5);
    expect(pairs).toContainEqual({ from: "event:summit", to: "person:putin" });
  });

  it("k shortest are enough: no longer search; people view walks the ties", async () => {
    const db = fakeRunner(
      new Map<string, Row[] | ((p: Params) => Row[])>([
        [SHOWN_NODES, ends],
        [SHORTEST_PATHS_PEOPLE, [{ ids: ["person:putin", "person:sisi"] }]],
        [PATH_STEP_EDGES, [rel("MET", "person:putin", "person:sisi", { weight: 2, inferred: false })]],
      ]),
    );
    const q = pathQuerySchema.parse({ from: "person:putin", to: "person:sisi", k: "1", view: "people" });
    const result = (await readPaths(db, q))!;
    expect(result.paths[0]!.steps[0]!.edge.kind).toBe("MET");
    expect(db.calls.some((c) => Object.values(PATHS_OF_LENGTH_PEOPLE).includes(c.query))).toBe(false);
    expect(db.paramsOf(PATH_STEP_EDGES)[0]!.types).toEqual(["MET", "SPOKE_WITH"]);
  });

  it("null for an unknown end, no paths when none is short enough, one node when from = to", async () => {
    const db = fakeRunner(
      new Map<string, Row[] | ((p: Params) => Row[])>([
        [SHOWN_NODES, ends],
        [SHORTEST_PATHS_EVENTS, []],
      ]),
    );
    expect(
      await readPaths(db, pathQuerySchema.parse({ from: "person:putin", to: "person:nobody" })),
    ).toBeNull();
    expect(await readPaths(db, pathQuerySchema.parse({ from: "person:putin", to: "person:sisi" }))).toEqual({
      paths: [],
    });
    expect(db.calls.filter((c) => c.query === SHORTEST_PATHS_EVENTS)).toHaveLength(1);
    const self = (await readPaths(db, pathQuerySchema.parse({ from: "person:putin", to: "person:putin" })))!;
    expect(self.paths).toEqual([
      { nodes: [{ id: "person:putin", kind: "Person", name: { ar: "بوتين", en: null } }], steps: [] },
    ]);
    expect(db.calls.filter((c) => c.query === SHORTEST_PATHS_EVENTS)).toHaveLength(1);
  });
});

describe("people view", () => {
  it("is ranked in the database when the stored ties are the answer, and only then", () => {
    expect(storedTiesAnswer(graphQuerySchema.parse({ view: "people" }))).toBe(true);
    expect(storedTiesAnswer(graphQuerySchema.parse({ view: "people", minWeight: "2", ties: "MET" }))).toBe(
      true,
    );
    for (const filter of [
      { from: "2023" },
      { topics: "topic:gas" },
      { confirmedOnly: "true" },
      { view: "events" },
    ]) {
      expect(storedTiesAnswer(graphQuerySchema.parse({ view: "people", ...filter }))).toBe(false);
    }
  });

  it("sends the filters and the limit; keeps the database's ranking; edges in id order", async () => {
    const db = fakeRunner(
      new Map<string, Row[]>([
        [PEOPLE_VIEW_TOP, [{ nodes: [P.sisi, P.putin], totalNodes: 3, totalEdges: 2 } as unknown as Row]],
        [
          PEOPLE_VIEW_TIES,
          [
            rel("SPOKE_WITH", "person:sisi", "person:putin", { weight: 1 }),
            rel("MET", "person:putin", "person:sisi", { weight: 3 }),
          ],
        ],
      ]),
    );
    const q = graphQuerySchema.parse({ view: "people", limit: "2", minWeight: "1" });
    const g = await readPeopleView(db, q);
    expect(g.nodes.map((n) => n.id)).toEqual(["person:sisi", "person:putin"]);
    expect(g.edges.map((e) => e.id)).toEqual([
      "MET:person:putin->person:sisi",
      "SPOKE_WITH:person:sisi->person:putin",
    ]);
    expect(g).toMatchObject({ truncated: true, total: { nodes: 3, edges: 2 } });
    expect(db.paramsOf(PEOPLE_VIEW_TOP)[0]).toEqual({
      ties: ["MET", "SPOKE_WITH"],
      minWeight: 1,
      kinds: null,
      limit: 2,
      includeRejected: false,
      confirmedOnly: false,
    });
    expect(db.paramsOf(PEOPLE_VIEW_TIES)[0]).toEqual({
      ids: ["person:sisi", "person:putin"],
      ties: ["MET", "SPOKE_WITH"],
      minWeight: 1,
    });
  });

  it("no ties: an empty view without a second statement", async () => {
    const db = fakeRunner(
      new Map([[PEOPLE_VIEW_TOP, [{ nodes: [], totalNodes: 0, totalEdges: 0 } as unknown as Row]]]),
    );
    const g = await readPeopleView(db, graphQuerySchema.parse({ view: "people", ties: "SPOKE_WITH" }));
    expect(g).toEqual({ nodes: [], edges: [], truncated: false, total: { nodes: 0, edges: 0 } });
    expect(db.calls).toHaveLength(1);
  });
});

describe("events view", () => {
  const rome = { ...node("event:rome", "Event", "لقاء روما"), dateTo: "2023-05-11" };
  const paris = {
    ...node("event:paris", "Event", "لقاء باريس"),
    date: "2023-05-10",
    dateFrom: "2023-05-10",
    dateTo: "2023-05-10",
  };

  it("sends the event filters as whole days; flags the events only possibly in range", async () => {
    const db = fakeRunner(
      new Map<string, Row[]>([
        [
          EVENTS_VIEW_TOP_FILTERED,
          [{ nodes: [P.putin, paris, rome], totalNodes: 3, totalEdges: 2 } as unknown as Row],
        ],
        [EDGES_AMONG_SHOWN, [rel("PARTICIPATED_IN", "person:putin", "event:rome")]],
      ]),
    );
    const q = graphQuerySchema.parse({ from: "2023-05", to: "2023", topics: "topic:gas", minWeight: "2" });
    const g = await readEventsView(db, q);
    expect(g.nodes.map((n) => [n.id, n.dateUncertain ?? false])).toEqual([
      ["person:putin", false],
      ["event:paris", false],
      ["event:rome", true],
    ]);
    expect(g).toMatchObject({ truncated: false, total: { nodes: 3, edges: 2 } });
    expect(db.calls[0]!.query).toBe(EVENTS_VIEW_TOP_FILTERED);
    expect(db.paramsOf(EVENTS_VIEW_TOP_FILTERED)[0]).toEqual({
      includePlanned: true,
      topics: ["topic:gas"],
      fromDay: "2023-05-01",
      toDay: "2023-12-31",
      kinds: null,
      wantArticles: false,
      filtered: true,
      minWeight: 2,
      drawn: ["PARTICIPATED_IN", "HELD_IN", "DISCUSSED", "HOLDS_OFFICE", "LOCATED_IN"],
      limit: 2000,
      includeRejected: false,
      confirmedOnly: false,
    });
    expect(db.paramsOf(EDGES_AMONG_SHOWN)[0]!.ids).toEqual(["person:putin", "event:paris", "event:rome"]);
  });

  it("articles asked for: REPORTED_IN is drawn; no filter means not filtered", async () => {
    const db = fakeRunner(
      new Map([[EVENTS_VIEW_TOP, [{ nodes: [], totalNodes: 0, totalEdges: 0 } as unknown as Row]]]),
    );
    const g = await readEventsView(db, graphQuerySchema.parse({ kinds: "Event,Article" }));
    expect(g.nodes).toEqual([]);
    expect(db.paramsOf(EVENTS_VIEW_TOP)[0]).toMatchObject({
      wantArticles: true,
      filtered: false,
      fromDay: null,
      topics: null,
      drawn: expect.arrayContaining(["REPORTED_IN"]),
    });
    expect(db.calls).toHaveLength(1);
  });
});
