import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NodeRef } from "../../model/api.ts";
import type { NodeId } from "../../model/ids.ts";
import type { QuestionAnswer } from "../../model/questions.ts";
import { weekStart } from "../questions/busiestWeeks.ts";
import { type Harness, startHarness } from "./harness.ts";
import { inventedGraph, person, topic } from "./inventedGraph.ts";

const en = (cell: unknown) => (cell as NodeRef).name.en;
const PUTIN = "person:vladimir-putin";
const SISI = "person:abdel-fattah-el-sisi";

describe("questions on the seeded corpus", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());
  const ask = (path: string) => h.get<QuestionAnswer>(`/api/questions/${path}`);

  it("who met Putin in 2017: the phone calls and the meetings, ranked by occasions", async () => {
    const { status, body } = await ask(`who-met?x=${PUTIN}&from=2017&to=2017`);
    expect(status).toBe(200);
    expect(body.rows.map((r) => [en(r.person), r.occasions])).toEqual([
      ["Abdel Fattah el-Sisi", 2],
      ["Benjamin Netanyahu", 1],
      ["Donald Trump", 1],
      ["King Salman bin Abdulaziz", 1],
      ["Bashar al-Assad", 1],
    ]);
    expect(body.highlight).toContain(PUTIN);
    const inPerson = await ask(`who-met?x=${PUTIN}&from=2017&to=2017&mode=in-person`);
    // Netanyahu only spoke with Putin by phone; the Sochi meeting with Assad has no day but lies before the calls.
    expect(inPerson.body.rows.map((r) => en(r.person))).toEqual(["Abdel Fattah el-Sisi", "Bashar al-Assad"]);
    const calls = await ask(`who-met?x=${PUTIN}&from=2017&to=2017&mode=call`);
    expect(calls.body.rows.map((r) => en(r.person))).not.toContain("Bashar al-Assad");
  });

  it("topics of Sisi and Putin: each with its occasions, dates and a quote", async () => {
    const { body } = await ask(`pair-topics?x=${SISI}&y=${PUTIN}`);
    const syria = body.rows.find((r) => en(r.topic) === "Syrian crisis");
    // The call of 21 November 2017, the Cairo talks with their press conference, the 2018 talks.
    expect(syria).toMatchObject({ occasions: 3, dates: "2017-11-21, 2017-12-11, 2018-10-17" });
    expect(body.rows.find((r) => en(r.topic) === "Libya crisis")).toMatchObject({ dates: "2017-12-11" });
    for (const row of body.rows) expect((row.quote as { quote: string }).quote.length).toBeGreaterThan(0);
  });

  it("common contacts and first/last", async () => {
    const common = await ask(`common-contacts?x=${SISI}&y=person:bashar-al-assad`);
    expect(common.body.rows.map((r) => en(r.person))).toEqual(["Vladimir Putin"]);
    const firstLast = await ask(`first-last?x=${PUTIN}`);
    const firsts = firstLast.body.rows.map((r) => r.first as string | null);
    const dated = firsts.filter((d) => d !== null) as string[];
    expect(dated).toEqual([...dated].sort());
    expect(firstLast.body.rows[0]?.first).toBe("2017-11-21");
  });

  it("says what it could not place: a topic discussed only on an undated occasion has no week", async () => {
    const { body } = await ask("busiest-weeks?topic=topic:idlib");
    expect(body.rows).toEqual([]);
    expect(body.undated).toBeGreaterThan(0);
  });

  it("refuses bad questions with a message", async () => {
    const unknown = await ask("nope");
    expect(unknown.status).toBe(404);
    expect(JSON.stringify(unknown.body)).toMatch(/not found/i);
    expect((await ask("who-met?x=person:nobody")).status).toBe(404);
    expect((await ask(`who-met?x=${PUTIN}&mode=sometimes`)).status).toBe(400);
    expect((await ask(`who-met?x=${PUTIN}&from=2019&to=2018`)).status).toBe(400);
    const missing = await h.get<{ message: string }>("/api/questions/pair-topics?x=person:vladimir-putin");
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/\by\b/);
  });
});

/** An invented graph, to check the counting rules apart from what the seeds happen to hold. */
describe("questions count occasions, not events", () => {
  let h: Harness;
  const people = [
    person("amara-osei", "Amara Osei"),
    person("lukas-brandt", "Lukas Brandt"),
    person("mei-tanaka", "Mei Tanaka"),
  ];
  const { event, batch } = inventedGraph([...people, topic("river-treaty"), topic("fisheries")]);
  // One occasion (talks, their press conference, a signing), a call, another meeting, and a planned visit.
  event("talks", "Meeting", "2024-03-05", ["amara-osei", "lukas-brandt"], ["river-treaty"], {
    encounter: "berlin",
  });
  event("presser", "PressConference", "2024-03-05", ["amara-osei", "lukas-brandt"], ["river-treaty"], {
    encounter: "berlin",
  });
  event("signing", "Agreement", "2024-03-06", ["amara-osei", "lukas-brandt"], ["river-treaty"], {
    encounter: "berlin",
  });
  event("call", "PhoneCall", "2024-03-07", ["amara-osei", "lukas-brandt"], ["fisheries"]);
  event("lunch", "Meeting", "2024-05-20", ["amara-osei", "mei-tanaka"], ["river-treaty"]);
  event("visit", "Meeting", "2024-09-01", ["amara-osei", "mei-tanaka"], [], { planned: true });

  beforeAll(async () => {
    h = await startHarness();
    await h.store.upsert(batch());
    await h.store.refreshDerived();
  });
  afterAll(() => h.close());
  const ask = (path: string) => h.get<QuestionAnswer>(`/api/questions/${path}`);

  it("counts a meeting, its press conference and its signing once; a planned visit not at all", async () => {
    const { body } = await ask("who-met?x=person:amara-osei");
    expect(body.rows.map((r) => [en(r.person), r.occasions, r.first, r.last])).toEqual([
      ["Lukas Brandt", 2, "2024-03-05", "2024-03-07"],
      ["Mei Tanaka", 1, "2024-05-20", "2024-05-20"],
    ]);
    const inPerson = await ask("who-met?x=person:amara-osei&mode=in-person");
    // Equal counts: the more recent contact first.
    expect(inPerson.body.rows.map((r) => [en(r.person), r.occasions])).toEqual([
      ["Mei Tanaka", 1],
      ["Lukas Brandt", 1],
    ]);
  });

  it("pair topics and busiest weeks by occasion", async () => {
    const pair = await ask("pair-topics?x=person:amara-osei&y=person:lukas-brandt");
    expect(pair.body.rows.map((r) => [en(r.topic), r.occasions])).toEqual([
      ["fisheries", 1],
      ["river-treaty", 1],
    ]);
    const weeks = await ask("busiest-weeks?topic=topic:river-treaty");
    expect(weeks.body.rows.map((r) => [r.week, r.occasions])).toEqual([
      ["2024-03-04", 1],
      ["2024-05-20", 1],
    ]);
    expect(weeks.body.highlight as NodeId[]).toContain("person:mei-tanaka");
  });

  it("weeks start on Monday, across year ends", () => {
    expect(weekStart("2024-03-10")).toBe("2024-03-04"); // a Sunday
    expect(weekStart("2024-03-04")).toBe("2024-03-04");
    expect(weekStart("2021-01-01")).toBe("2020-12-28");
  });
});
