/** Each post-pass on its own, with a small input it changes (invented events and text). */
import { describe, expect, it } from "vitest";
import type { ExtractedEntity, ExtractedEvent } from "../../../model/extraction.ts";
import { type ArticleFacts, finishEvents, POST_PASSES } from "./postPasses.ts";
import { testEvent } from "./testEvent.ts";

/** The events of a text whose sentence `التقى الرئيسان` stands at offset 40. */
const ev = (over: Partial<ExtractedEvent>): ExtractedEvent =>
  testEvent({ evidence: [{ text: "التقى الرئيسان", start: 40, end: 55 }], ...over });

const president = (id: string, of: string): ExtractedEntity => ({
  id,
  type: "Person",
  name: { ar: id, en: null },
  mentions: [],
  offices: [{ office: { ar: "الرئيس", en: "President" }, of, from: "2020-01-01", to: null }],
});

const article = (over: Partial<ArticleFacts> = {}): ArticleFacts => ({
  text: "",
  entities: [],
  published: "2021-05-04",
  ...over,
});

const pass = (name: string) => POST_PASSES.find((p) => p.name === name)!.run;

/** The pass, what it is given, and what it must make of it. */
const FIXTURES: [
  name: string,
  events: () => ExtractedEvent[],
  a: ArticleFacts,
  check: (out: ExtractedEvent[]) => void,
][] = [
  [
    "fold-meetings-into-summits",
    () => [
      ev({ type: "Summit", participants: ["person:a", "person:b", "person:c"], evidence: [] }),
      ev({ type: "Meeting" }),
      ev({ type: "Meeting", evidence: [{ text: "وعلى هامش القمة التقى الرئيسان", start: 60, end: 90 }] }),
    ],
    article(),
    (out) => {
      expect(out.map((e) => e.type)).toEqual(["Summit", "Meeting"]);
      expect(out[0]!.evidence).toEqual([{ text: "التقى الرئيسان", start: 40, end: 55 }]);
    },
  ],
  [
    "fold-headline",
    () => [
      ev({ evidence: [{ text: "الرئيس يستقبل نظيره", start: 0, end: 19 }], date: "2021-05-04" }),
      ev({ evidence: [{ text: "استقبل الرئيس أمس نظيره", start: 20, end: 43 }], date: "2021-05-03" }),
    ],
    article({ text: "الرئيس يستقبل نظيره\nاستقبل الرئيس أمس نظيره" }),
    (out) => {
      expect(out.map((e) => [e.date, e.evidence.map((x) => x.start)])).toEqual([["2021-05-03", [20, 0]]]);
    },
  ],
  [
    "fold-solo-press-conferences",
    () => [
      ev({ type: "PressConference" }),
      ev({
        type: "PressConference",
        participants: ["person:a"],
        evidence: [{ text: "y", start: 5, end: 6 }],
      }),
    ],
    article(),
    (out) =>
      expect(out.map((e) => [e.participants, e.evidence.length])).toEqual([[["person:a", "person:b"], 2]]),
  ],
  [
    "drop-represented-states",
    () => [ev({ type: "Summit", participants: ["country:iran", "country:russia", "person:a"] })],
    article({ entities: [president("person:a", "country:russia")] }),
    (out) => expect(out.map((e) => e.participants)).toEqual([["country:iran", "person:a"]]),
  ],
  [
    "assign-date-ranges",
    () => [ev({ date: "2021-04", datePrecision: "month" }), ev({ date: null, planned: true })],
    article(),
    (out) =>
      expect(out.map((e) => e.dateRange)).toEqual([
        { from: "2021-04-01", to: "2021-04-30" },
        { from: "2021-05-04", to: null },
      ]),
  ],
  [
    "assign-encounters",
    () => [ev({ type: "Meeting" }), ev({ type: "PressConference" }), ev({ type: "PhoneCall" })],
    article(),
    (out) =>
      expect(out.map((e) => e.encounter)).toEqual([
        "encounter:2021-05-04:person:a+person:b",
        "encounter:2021-05-04:person:a+person:b",
        "PhoneCall-person:a+person:b",
      ]),
  ],
  [
    "assign-confidence",
    () => [ev({ participantConfidence: { "person:a": 0.9, "person:b": 0.8 }, cues: ["date:publication"] })],
    article(),
    (out) => expect(out.map((e) => e.confidence)).toEqual([0.75]),
  ],
];

describe("post-passes", () => {
  it("every pass has a fixture, in the table's order", () => {
    expect(FIXTURES.map(([name]) => name)).toEqual(POST_PASSES.map((p) => p.name));
  });

  it.each(FIXTURES)("%s", (name, events, a, check) => check(pass(name)(events(), a)));

  it("finishEvents runs every pass, in order", () => {
    const out = finishEvents(
      [ev({ type: "Summit", participants: ["person:a", "person:b"] }), ev({})],
      article(),
    );
    expect(out.map((e) => [e.type, e.encounter, e.confidence])).toEqual([
      ["Summit", "encounter:2021-05-04:person:a+person:b", 0.5],
    ]);
  });
});
