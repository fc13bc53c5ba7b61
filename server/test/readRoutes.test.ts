/** Every read route over real HTTP against the embedded store seeded from the five-article corpus. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  ArticleDoc,
  ArticleSummary,
  GraphPayload,
  Health,
  NodeDetails,
  PathResult,
  SearchHit,
  Stats,
  TimelinePayload,
} from "../../model/api.ts";
import { type Harness, removeHarnessFiles, startHarness } from "./harness.ts";

const PUTIN = "person:vladimir-putin";
const SISI = "person:abdel-fattah-el-sisi";
const NETANYAHU = "person:benjamin-netanyahu";
const ASSAD = "person:bashar-al-assad";
const between = (a: string, b: string) => (e: { source: string; target: string }) =>
  [e.source, e.target].sort().join() === [a, b].sort().join();
const enc = encodeURIComponent;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
  await removeHarnessFiles(h);
});

describe("health and stats", () => {
  it("reports a healthy embedded store", async () => {
    const res = await h.get<Health>("/api/health");
    expect(res).toMatchObject({ status: 200, body: { ok: true, store: "embedded" } });
  });

  it("counts the seeded corpus", async () => {
    const { status, body } = await h.get<Stats>("/api/stats");
    expect(status).toBe(200);
    expect(body.store).toBe("embedded");
    expect(body.articles).toBe(5);
    expect(body.nodes.Person).toBeGreaterThanOrEqual(4);
    expect(body.nodes.Article).toBe(5);
    expect(body.dateRange.from! <= body.dateRange.to!).toBe(true);
    expect(body.dateRange.from!.slice(0, 4)).toBe("2017");
  });
});

describe("graph", () => {
  it("serves the events view with consistent edges", async () => {
    const { status, body } = await h.get<GraphPayload>("/api/graph");
    expect(status).toBe(200);
    expect(body.truncated).toBe(false);
    expect(body.nodes.some((n) => n.id === PUTIN)).toBe(true);
    const ids = new Set(body.nodes.map((n) => n.id));
    expect(body.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(body.total.nodes).toBe(body.nodes.length);
  });

  it("serves the people view as ties between people: MET in person, SPOKE_WITH by call", async () => {
    const { body } = await h.get<GraphPayload>("/api/graph?view=people");
    expect(body.edges.length).toBeGreaterThan(0);
    expect(body.edges.every((e) => ["MET", "SPOKE_WITH"].includes(e.kind) && (e.weight ?? 0) >= 1)).toBe(
      true,
    );
    // Seed facts: Putin and Sisi met in Cairo (2017-12-11: talks and a joint press conference) and on
    // 2018-10-17 (agreement, talks, press conference): two occasions, however many events; and they
    // spoke by phone on 2017-11-21. Putin and Netanyahu only spoke, by phone, that evening.
    const putinSisi = body.edges.filter(between(PUTIN, SISI));
    expect(putinSisi.find((e) => e.kind === "MET")?.weight).toBe(2);
    expect(putinSisi.find((e) => e.kind === "MET")?.eventIds?.length).toBeGreaterThanOrEqual(3);
    expect(putinSisi.find((e) => e.kind === "SPOKE_WITH")?.weight).toBeGreaterThanOrEqual(1);
    expect(body.edges.filter(between(PUTIN, NETANYAHU)).map((e) => e.kind)).toEqual(["SPOKE_WITH"]);
    const metOnly = await h.get<GraphPayload>("/api/graph?view=people&ties=MET");
    expect(metOnly.body.edges.every((e) => e.kind === "MET")).toBe(true);
    expect(metOnly.body.nodes.some((n) => n.id === NETANYAHU)).toBe(false);
  });

  it("filters by kind, minimum weight and date range", async () => {
    const kinds = await h.get<GraphPayload>("/api/graph?kinds=Person,Event");
    expect(kinds.body.nodes.length).toBeGreaterThan(0);
    expect(kinds.body.nodes.every((n) => n.kind === "Person" || n.kind === "Event")).toBe(true);

    const all = await h.get<GraphPayload>("/api/graph?view=people");
    const heavy = await h.get<GraphPayload>("/api/graph?view=people&minWeight=2");
    expect(heavy.body.edges.length).toBeLessThan(all.body.edges.length);
    expect(heavy.body.edges.every((e) => (e.weight ?? 0) >= 2)).toBe(true);

    const late = await h.get<GraphPayload>("/api/graph?from=2021-01-01");
    const events = late.body.nodes.filter((n) => n.kind === "Event");
    expect(events.length).toBeGreaterThan(0);
    // Dated events from 2021 on; events whose days may reach into 2021 (undated ones) only flagged.
    expect(events.every((n) => (n.date ?? "") >= "2021" || n.dateUncertain === true)).toBe(true);
    expect(events.some((n) => n.date === "2017-12-11")).toBe(false);
  });

  it("keeps Assad in a 2017 view: the recalled Sochi meeting has no exact date, so it is uncertain", async () => {
    for (const view of ["events", "people"]) {
      const { body } = await h.get<GraphPayload>(`/api/graph?view=${view}&from=2017&to=2017`);
      expect(body.nodes.some((n) => n.id === ASSAD)).toBe(true);
    }
    const people = await h.get<GraphPayload>("/api/graph?view=people&from=2017&to=2017");
    const sochi = people.body.edges.find((e) => e.kind === "MET" && between(PUTIN, ASSAD)(e));
    expect(sochi?.dateUncertain).toBe(true);
    const events = await h.get<GraphPayload>("/api/graph?from=2017&to=2017");
    const assadEvents = events.body.edges.filter((e) => e.kind === "PARTICIPATED_IN" && e.source === ASSAD);
    const byId = new Map(events.body.nodes.map((n) => [n.id as string, n]));
    expect(assadEvents.map((e) => byId.get(e.target)?.dateUncertain)).toContain(true);
  });

  it("caps the result with an explicit truncated flag", async () => {
    const { body } = await h.get<GraphPayload>("/api/graph?limit=3");
    expect(body.truncated).toBe(true);
    expect(body.nodes.length).toBeLessThanOrEqual(3);
    expect(body.total.nodes).toBeGreaterThan(3);
  });
});

describe("search", () => {
  it.each(["بوتين", "وبوتين", "putin", "Poutine"])("finds Putin for %s", async (q) => {
    const { status, body } = await h.get<SearchHit[]>(`/api/search?q=${enc(q)}`);
    expect(status).toBe(200);
    expect(body[0]?.node.id).toBe(PUTIN);
    expect(body[0]?.node.kind).toBe("Person");
  });

  it("ranks, limits and filters by kind", async () => {
    const { body } = await h.get<SearchHit[]>(`/api/search?q=${enc("سوريا")}&kinds=Country&limit=2`);
    expect(body.length).toBeGreaterThan(0);
    expect(body.length).toBeLessThanOrEqual(2);
    expect(body.every((hit) => hit.node.kind === "Country")).toBe(true);
    const scores = body.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe("nodes", () => {
  it("details a node with events and provenance offsets", async () => {
    const { status, body } = await h.get<NodeDetails>(`/api/nodes/${enc(PUTIN)}`);
    expect(status).toBe(200);
    expect(body.node.id).toBe(PUTIN);
    expect(body.events.length).toBeGreaterThan(0);
    expect(body.mentions.length).toBeGreaterThan(0);
    const doc = (await h.get<ArticleDoc>(`/api/articles/${enc(body.mentions[0]!.articleId)}`)).body;
    const m = body.mentions[0]!;
    expect(doc.text.slice(m.start, m.end)).toBe(m.quote);
  });

  it("serves nodes whose ids are longer than 100 characters (events name all their participants)", async () => {
    const graph = (await h.get<GraphPayload>("/api/graph?limit=20000")).body;
    const long = graph.nodes.filter((n) => enc(n.id).length > 100);
    expect(long.length).toBeGreaterThan(0);
    for (const node of long) {
      const details = await h.get<NodeDetails>(`/api/nodes/${enc(node.id)}`);
      expect(details.status).toBe(200);
      expect(details.body.node.id).toBe(node.id);
      expect((await h.get(`/api/nodes/${enc(node.id)}/neighbours`)).status).toBe(200);
      expect((await h.get(`/api/paths?from=${enc(node.id)}&to=${enc(PUTIN)}`)).status).toBe(200);
    }
  });

  it("accepts ids with an unencoded colon too", async () => {
    const { status } = await h.get(`/api/nodes/${PUTIN}`);
    expect(status).toBe(200);
  });

  it("serves a neighbourhood with depth and kind filters", async () => {
    const one = await h.get<GraphPayload>(`/api/nodes/${enc(PUTIN)}/neighbours?depth=1`);
    expect(one.status).toBe(200);
    expect(one.body.nodes.some((n) => n.id === PUTIN)).toBe(true);
    const two = await h.get<GraphPayload>(`/api/nodes/${enc(PUTIN)}/neighbours?depth=2`);
    expect(two.body.nodes.length).toBeGreaterThan(one.body.nodes.length);
    const people = await h.get<GraphPayload>(`/api/nodes/${enc(PUTIN)}/neighbours?depth=2&kinds=Person`);
    expect(people.body.nodes.filter((n) => n.id !== PUTIN).every((n) => n.kind === "Person")).toBe(true);
    const capped = await h.get<GraphPayload>(`/api/nodes/${enc(PUTIN)}/neighbours?depth=2&limit=2`);
    expect(capped.body.nodes.length).toBeLessThanOrEqual(2);
    expect(capped.body.truncated).toBe(true);
  });
});

describe("paths", () => {
  it("finds paths between Putin and Sisi with evidence on each step", async () => {
    const { status, body } = await h.get<PathResult>(`/api/paths?from=${enc(PUTIN)}&to=${enc(SISI)}&k=2`);
    expect(status).toBe(200);
    expect(body.paths.length).toBeGreaterThan(0);
    expect(body.paths.length).toBeLessThanOrEqual(2);
    const path = body.paths[0]!;
    expect(path.nodes[0]!.id).toBe(PUTIN);
    expect(path.nodes.at(-1)!.id).toBe(SISI);
    expect(path.steps).toHaveLength(path.nodes.length - 1);
    expect(path.steps.some((s) => s.edge.evidence.length > 0)).toBe(true);
  });

  it("walks the people view too, preferring the quoted tie", async () => {
    const { body } = await h.get<PathResult>(`/api/paths?from=${enc(PUTIN)}&to=${enc(SISI)}&view=people`);
    expect(body.paths[0]?.steps.every((s) => s.edge.kind === "MET" || s.edge.kind === "SPOKE_WITH")).toBe(
      true,
    );
  });

  it("every step either quotes a sentence naming both ends or says it is inferred, and why", async () => {
    const { body } = await h.get<PathResult>(`/api/paths?from=${enc(NETANYAHU)}&to=${enc(ASSAD)}&k=3`);
    const steps = body.paths.flatMap((p) => p.steps);
    expect(steps.length).toBeGreaterThan(0);
    for (const s of steps) {
      if (s.inferred) expect([s.quote, typeof s.reason]).toEqual([null, "string"]);
      else expect(s.edge.evidence).toContainEqual(s.quote);
    }
  });
});

describe("timeline", () => {
  it("lists events in date order", async () => {
    const { status, body } = await h.get<TimelinePayload>("/api/timeline");
    expect(status).toBe(200);
    // By date, an undated event by the known end of its interval; those with nothing known last.
    const days = body.events.map((e) => e.event.date ?? e.event.dateFrom ?? e.event.dateTo ?? null);
    expect(days.length).toBeGreaterThan(2);
    const known = days.filter((d) => d !== null);
    expect(known).toEqual([...known].sort());
    expect(days.slice(known.length).every((d) => d === null)).toBe(true);
  });

  it("filters by participant, type, range and planned", async () => {
    const mine = await h.get<TimelinePayload>(`/api/timeline?participant=${enc(SISI)}`);
    expect(mine.body.events.length).toBeGreaterThan(0);
    expect(mine.body.events.every((e) => e.participants.some((p) => p.id === SISI))).toBe(true);
    const calls = await h.get<TimelinePayload>("/api/timeline?types=PhoneCall");
    expect(calls.body.events.every((e) => e.event.eventType === "PhoneCall")).toBe(true);
    const in2021 = await h.get<TimelinePayload>("/api/timeline?from=2021&to=2021-12-31");
    const sure = in2021.body.events.filter((e) => !e.event.dateUncertain);
    expect(sure.length).toBeGreaterThan(0);
    expect(sure.every((e) => (e.event.date ?? "").startsWith("2021"))).toBe(true);
    const held = await h.get<TimelinePayload>("/api/timeline?includePlanned=false");
    expect(held.body.events.every((e) => !e.event.planned)).toBe(true);
  });
});

describe("articles", () => {
  it("lists the corpus", async () => {
    const { body } = await h.get<ArticleSummary[]>("/api/articles");
    expect(body).toHaveLength(5);
    expect(body.every((a) => a.length > 0)).toBe(true);
  });

  it("serves one article with spans inside its text", async () => {
    const list = (await h.get<ArticleSummary[]>("/api/articles")).body;
    const { status, body } = await h.get<ArticleDoc>(`/api/articles/${enc(list[0]!.id)}`);
    expect(status).toBe(200);
    expect(body.text.length).toBe(body.length);
    expect(body.spans.length).toBeGreaterThan(0);
    expect(body.spans.every((s) => s.start >= 0 && s.start < s.end && s.end <= body.text.length)).toBe(true);
  });
});
