import { describe, expect, it } from "vitest";
import type { Extraction } from "../../../model/extraction.ts";
import { realGoldSchema } from "./realGold.ts";
import { normReal } from "./realMatch.ts";
import { scoreReal } from "./scoreReal.ts";

const gold = realGoldSchema.parse({
  id: "x1",
  published: "2020-01-02",
  entities: [
    { key: "a", type: "Person", en: ["Ali Saad"], ar: ["علي سعد"] },
    { key: "b", type: "Person", en: ["Omar Nour"], ar: ["عمر نور"] },
    { key: "c", type: "Person", en: ["Aide"], ar: ["مساعد"], optional: true },
    { key: "egypt", type: "Country", en: ["Egypt"], ar: ["مصر"] },
    { key: "libya", type: "Topic", en: ["Libya"], ar: ["ليبيا"] },
  ],
  events: [
    { type: "Meeting", participants: ["a", "b"], date: "2020-01-02", topics: ["libya"] },
    { type: "Meeting", participants: ["a", "c"], date: null, optional: true },
    { type: "Meeting", participants: ["a", "egypt"], date: null, planned: true },
  ],
});

const entity = (id: string, type: "Person" | "Country" | "Topic", ar: string) => ({
  id,
  type,
  name: { ar, en: null },
  mentions: [{ text: ar, start: 0, end: ar.length }],
});

function extraction(events: Extraction["events"]): Extraction {
  return {
    article: { id: "x1", title: null, published: "2020-01-02" },
    entities: [
      entity("p1", "Person", "وعلي سعد"),
      entity("p2", "Person", "عمر نور"),
      entity("p3", "Person", "مساعد"),
      entity("p4", "Person", "زيد"),
      entity("c1", "Country", "مصر"),
    ],
    events,
  };
}

const ev = (participants: string[], date: string | null, planned = false) => ({
  id: participants.join("+"),
  type: "Meeting" as const,
  participants,
  place: null,
  date,
  planned,
  topics: [],
  evidence: [],
});

describe("the real reports' scorer", () => {
  it("folds hamza, ta marbuta and alif maqsura as the reports' scorer does", () => {
    expect(normReal("إدلب")).toBe(normReal("ادلب"));
    expect(normReal("«القاهرة»")).toBe("القاهره");
  });

  it("counts a held pair once, ignores optional and planned pairs, and checks its date", () => {
    const s = scoreReal(
      gold,
      extraction([ev(["p1", "p2"], "2020-01-02"), ev(["p1", "p3"], null), ev(["p1", "c1"], null, true)]),
    );
    expect(s.counts.Pair).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.dates).toEqual({ right: 1, total: 1 });
    expect(s.counts.Person).toEqual({ tp: 2, fp: 1, fn: 0 });
  });

  it("counts an unknown participant's pair as a false pair and a wrong date as a miss", () => {
    const s = scoreReal(gold, extraction([ev(["p1", "p2"], "2020-01-01"), ev(["p2", "p4"], null)]));
    expect(s.counts.Pair).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.dates.right).toBe(0);
    expect(s.counts.MissionTopic).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(s.notes).toContain("extra pair ?p4|b");
  });
});
