/** "Who connects two communities", on an invented graph whose communities and bridges are known. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NodeRef } from "../../model/api.ts";
import type { QuestionAnswer } from "../../model/questions.ts";
import { type Harness, startHarness } from "./harness.ts";
import { inventedGraph, person } from "./inventedGraph.ts";

const en = (cell: unknown) => (cell as NodeRef).name.en;
const names = (cell: unknown) => (cell as NodeRef[]).map((n) => n.name.en);

describe("who connects two communities", () => {
  let h: Harness;
  // Two tight groups of three, met again and again; Amara once called Omar, Nadia met one of each.
  const { event, batch } = inventedGraph([
    person("amara", "Amara"),
    person("lukas", "Lukas"),
    person("mei", "Mei"),
    person("omar", "Omar"),
    person("sofia", "Sofia"),
    person("tariq", "Tariq"),
    person("nadia", "Nadia"),
    person("hermit", "Hermit"),
  ]);
  for (const [id, date] of [
    ["a1", "2024-01-10"],
    ["a2", "2024-02-10"],
  ]) {
    event(id!, "Meeting", date!, ["amara", "lukas", "mei"]);
    event(`b${id!.slice(1)}`, "Meeting", date!, ["omar", "sofia", "tariq"]);
  }
  event("a3", "Meeting", "2024-03-01", ["lukas", "mei"]);
  event("b3", "Meeting", "2024-03-01", ["sofia", "tariq"]);
  event("call", "PhoneCall", "2024-04-01", ["amara", "omar"]);
  event("nadia-mei", "Meeting", "2024-05-01", ["nadia", "mei"]);
  event("nadia-sofia", "Meeting", "2024-05-02", ["nadia", "sofia"]);

  beforeAll(async () => {
    h = await startHarness();
    await h.store.clear();
    await h.store.upsert(batch());
    await h.store.refreshDerived();
  });
  afterAll(() => h.close());
  const ask = (query: string) => h.get<QuestionAnswer>(`/api/questions/bridges?${query}`);

  it("finds the two communities and ranks the bridges by their ties into each, with whom and when", async () => {
    const { status, body } = await ask("x=person:lukas&y=person:tariq");
    expect(status).toBe(200);
    expect(body.communities?.same).toBe(false);
    expect(names(body.communities?.x.members)).toEqual(expect.arrayContaining(["Amara", "Lukas", "Mei"]));
    expect(names(body.communities?.y.members)).toEqual(expect.arrayContaining(["Omar", "Sofia", "Tariq"]));
    const rows = body.rows.map((r) => ({
      person: en(r.person),
      toX: [r.withXSide, names(r.peopleXSide), names(r.eventsXSide)],
      toY: [r.withYSide, names(r.peopleYSide), names(r.eventsYSide)],
    }));
    const row = (name: string) => rows.find((r) => r.person === name);
    // Amara and Omar: the call into the other side, two meetings inside their own.
    expect(row("Amara")).toEqual({
      person: "Amara",
      toX: [2, ["Lukas", "Mei"], ["a1", "a2"]],
      toY: [1, ["Omar"], ["call"]],
    });
    expect(row("Omar")).toEqual({
      person: "Omar",
      toX: [1, ["Amara"], ["call"]],
      toY: [2, ["Sofia", "Tariq"], ["b1", "b2"]],
    });
    // Nadia, whichever side Louvain put her on, met one member of each.
    expect(row("Nadia")).toEqual({
      person: "Nadia",
      toX: [1, ["Mei"], ["nadia-mei"]],
      toY: [1, ["Sofia"], ["nadia-sofia"]],
    });
    // Mei and Sofia each met Nadia: the one on the side Nadia is not on bridges through her.
    const nadiaSide = en(body.rows.find((r) => en(r.person) === "Nadia")?.community);
    const throughNadia = nadiaSide === "Tariq" ? "Mei" : "Sofia";
    expect(rows.map((r) => r.person).sort()).toEqual(["Amara", "Nadia", "Omar", throughNadia].sort());
    // Ranked by the fewer ties into either side, then by all ties, then by name.
    const key = (r: (typeof rows)[number]) => [
      Math.min(r.toX[0] as number, r.toY[0] as number),
      (r.toX[0] as number) + (r.toY[0] as number),
    ];
    const keys = rows.map(key);
    expect(keys).toEqual([...keys].sort((a, b) => b[0]! - a[0]! || b[1]! - a[1]!));
    expect(rows.at(-1)?.person).toBe("Nadia");
    expect([...body.highlight].sort()).toEqual(
      ["amara", "lukas", "mei", "nadia", "omar", "sofia", "tariq"].map((s) => `person:${s}`),
    );
  });

  it("follows the tie mode: in person only, the call no longer bridges", async () => {
    const { body } = await ask("x=person:lukas&y=person:tariq&mode=in-person");
    expect(body.rows.map((r) => en(r.person))).not.toContain("Amara");
    expect(body.rows.map((r) => en(r.person))).not.toContain("Omar");
    const calls = await ask("x=person:amara&y=person:omar&mode=call");
    // By call, Amara and Omar are one community of two: nothing to bridge.
    expect(calls.body.communities).toMatchObject({ same: true });
    expect(names(calls.body.communities?.x.members)).toEqual(["Amara", "Omar"]);
  });

  it("says plainly when both are in the same community, and is the same answer every time", async () => {
    const { body } = await ask("x=person:lukas&y=person:amara");
    expect(body.communities?.same).toBe(true);
    expect(body.rows).toEqual([]);
    const again = await ask("x=person:lukas&y=person:tariq");
    const twice = await ask("x=person:lukas&y=person:tariq");
    expect(twice.body).toEqual(again.body);
  });

  it("a person without ties is a community of one, with no bridge to anyone", async () => {
    const { status, body } = await ask("x=person:hermit&y=person:tariq");
    expect(status).toBe(200);
    expect(names(body.communities?.x.members)).toEqual(["Hermit"]);
    expect(body.rows).toEqual([]);
  });

  it("refuses bad input with a message", async () => {
    expect((await ask("x=person:lukas")).status).toBe(400);
    expect((await ask("x=person:lukas&y=person:nobody")).status).toBe(404);
    expect((await ask("x=person:lukas&y=person:tariq&mode=often")).status).toBe(400);
  });
});
