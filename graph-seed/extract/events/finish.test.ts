/** What is added to the events once they are read: occasions, intervals, confidence (invented sentences). */
import { describe, expect, it } from "vitest";
import { dateRangeOf } from "../dates/ranges.ts";
import { extractArticle } from "../index.ts";
import { confidenceOf } from "./confidence.ts";
import { assignEncounters } from "./encounters.ts";
import { foldSoloPressConferences } from "./soloPressConferences.ts";
import { testEvent } from "./testEvent.ts";

const ev = testEvent;

describe("one occasion", () => {
  it("talks, a joint press conference and a signing of one day share an encounter; a call does not", () => {
    const events = assignEncounters([
      ev({ type: "Meeting" }),
      ev({ type: "PressConference" }),
      ev({ type: "Agreement", participants: ["person:a", "person:b", "person:c"] }),
      ev({ type: "PhoneCall" }),
      ev({ type: "Meeting", date: "2021-05-05" }),
    ]);
    const keys = events.map((e) => e.encounter);
    expect(new Set(keys.slice(0, 3)).size).toBe(1);
    expect(keys[3]).not.toBe(keys[0]);
    expect(keys[4]).not.toBe(keys[0]);
  });

  it("a one-speaker press conference on the day of the joint one is the joint one", () => {
    const kept = foldSoloPressConferences([
      ev({ type: "PressConference" }),
      ev({
        type: "PressConference",
        participants: ["person:a"],
        evidence: [{ text: "y", start: 5, end: 6 }],
      }),
    ]);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.evidence).toHaveLength(2);
  });
});

describe("the interval the text allows", () => {
  it("a month spans its days; a recalled undated event ends at publication; a plan starts there", () => {
    expect(dateRangeOf(ev({ date: "2024-02", datePrecision: "month" }), "2024-03-10")).toEqual({
      from: "2024-02-01",
      to: "2024-02-29",
    });
    expect(dateRangeOf(ev({ date: null }), "2024-03-10")).toEqual({ from: null, to: "2024-03-10" });
    expect(dateRangeOf(ev({ date: null, planned: true }), "2024-03-10")).toEqual({
      from: "2024-03-10",
      to: null,
    });
    expect(dateRangeOf(ev({}), "2024-03-10")).toBeNull();
  });
});

describe("confidence", () => {
  it("a participant carried over from another sentence lowers it", () => {
    const sure = ev({ participantConfidence: { "person:a": 0.9, "person:b": 0.9 }, cues: [] });
    const carried = ev({
      participantConfidence: { "person:a": 0.9, "person:b": 0.55 },
      cues: ["participants:carried"],
    });
    expect(confidenceOf(carried)).toBeLessThan(confidenceOf(sure));
  });

  it("an extracted event carries its cues, participants' confidence and a score", () => {
    const [call] = extractArticle(
      "أجرى الرئيس الروسي فلاديمير بوتين اليوم اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان.",
      { id: "t", title: null, published: "2021-06-24", publishedPrecision: "day" },
    ).events;
    expect(call?.cues?.some((c) => c.startsWith("trigger:"))).toBe(true);
    expect(call?.participantConfidence?.["person:vladimir-putin"]).toBeGreaterThan(0.8);
    expect(call?.confidence).toBeGreaterThan(0.8);
  });
});

describe("topics", () => {
  it("belong to the event whose sentence names them, not to the next sentence's", () => {
    const events = extractArticle(
      "بحث الرئيس المصري عبد الفتاح السيسي اليوم مع رئيس المجلس الرئاسي الليبي محمد المنفي الأزمة الليبية.\nوفي سياق آخر، استقبل السيسي وزير الخارجية السوداني علي الصادق وبحث معه ملف سد النهضة ومسار أستانا.",
      { id: "t", title: null, published: "2022-05-04", publishedPrecision: "day" },
    ).events;
    const libya = events.find((e) => e.participants.includes("person:mohamed-al-menfi"));
    expect(libya?.topics.some((t) => t.includes("astana"))).toBe(false);
  });
});
