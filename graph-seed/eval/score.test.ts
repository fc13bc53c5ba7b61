import { describe, expect, it } from "vitest";
import type { ExtractedEntity, ExtractedEvent, Extraction } from "../../model/extraction.ts";
import type { EntityType, EventType } from "../../model/kinds.ts";
import type { Gold } from "./goldSchema.ts";
import { prf, scoreArticle, sumScores } from "./score.ts";

const entity = (id: string, type: EntityType, ar: string, en: string | null = null): ExtractedEntity => ({
  id,
  type,
  name: { ar, en },
  mentions: [],
});

const event = (
  type: EventType,
  date: string | null,
  participants: string[],
  planned = false,
): ExtractedEvent => ({
  id: `${type}:${date}:${participants.join("+")}`,
  type,
  participants,
  place: null,
  date,
  planned,
  topics: [],
  evidence: [],
});

const extraction = (entities: ExtractedEntity[], events: ExtractedEvent[] = []): Extraction => ({
  article: { id: "a", title: null, published: "2020-01-01" },
  entities,
  events,
});

const gold: Gold = {
  persons: [
    { en: "Vladimir Putin", ar: ["فلاديمير بوتين", "بوتين"] },
    { en: "Abdel Fattah el-Sisi", ar: ["عبدالفتاح السيسي"] },
    { en: "Santiago Peña", ar: ["سانتياغو بينيا"] },
  ],
  countries: [
    { en: "Russia", ar: ["روسيا"] },
    { en: "Egypt", ar: ["مصر"] },
  ],
  places: [{ en: "Cairo", ar: ["القاهرة"] }],
  topics: [],
  pairs: [
    ["Vladimir Putin", "Abdel Fattah el-Sisi"],
    ["Vladimir Putin", "Santiago Peña"],
  ],
  events: [
    {
      type: "Meeting",
      date: "2020-01-01",
      participants: ["Vladimir Putin", "Abdel Fattah el-Sisi"],
      planned: false,
    },
    { type: "PhoneCall", date: null, participants: ["Vladimir Putin", "Santiago Peña"], planned: false },
    { type: "Summit", date: "2020-02-01", participants: ["Russia", "Egypt"], planned: true },
  ],
};

describe("entity matching", () => {
  it("matches by English name ignoring case and spaces, or by normalised Arabic", () => {
    const score = scoreArticle(
      gold,
      extraction([
        entity("p1", "Person", "بوتن", "vladimir  PUTIN"),
        // Arabic only, spaced differently and with a hamza variant: still Sisi.
        entity("p2", "Person", "عبد الفتاح السيسى"),
        entity("c1", "Country", "روسيا", "Russia"),
      ]),
    );
    expect(score.persons).toEqual({
      tp: 2,
      fp: 0,
      fn: 1,
      falsePositives: [],
      falseNegatives: ["Santiago Peña"],
    });
    expect(score.countries).toMatchObject({ tp: 1, fp: 0, fn: 1, falseNegatives: ["Egypt"] });
    expect(score.places).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });

  it("counts a duplicate prediction and a wrong type as false positives", () => {
    const score = scoreArticle(
      gold,
      extraction([
        entity("p1", "Person", "بوتين", "Vladimir Putin"),
        entity("p1b", "Person", "فلاديمير بوتين"),
        entity("x", "Person", "القاهرة", "Cairo"),
      ]),
    );
    expect(score.persons).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(score.persons.falsePositives).toEqual(["فلاديمير بوتين", "Cairo (القاهرة)"]);
    expect(score.places).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });

  it("lets one predicted entity match at most one gold entity", () => {
    // Its aliases name both Putin and Sisi: it counts once, the other gold person stays missed.
    const both = {
      ...entity("p", "Person", "بوتين", "Vladimir Putin"),
      aliases: ["السيسي", "عبدالفتاح السيسي"],
    };
    const score = scoreArticle(gold, extraction([both]));
    expect(score.persons).toMatchObject({ tp: 1, fp: 0, fn: 2 });
    expect(score.persons.falseNegatives).toEqual(["Abdel Fattah el-Sisi", "Santiago Peña"]);
  });

  it("folds Latin accents in English names", () => {
    const score = scoreArticle(gold, extraction([entity("p", "Person", "بينيا", "Santiago Pena")]));
    expect(score.persons).toMatchObject({ tp: 1, fp: 0, fn: 2 });
  });
});

describe("pairs and event dates", () => {
  const people = [
    entity("putin", "Person", "بوتين", "Vladimir Putin"),
    entity("sisi", "Person", "السيسي", "Abdel Fattah el-Sisi"),
    entity("pena", "Person", "سانتياغو بينيا"),
    entity("ghost", "Person", "زيد عمرو"),
    entity("egypt", "Country", "مصر", "Egypt"),
  ];

  it("derives unordered pairs from held events only, through entity matching", () => {
    const score = scoreArticle(
      gold,
      extraction(people, [
        event("Meeting", "2020-01-01", ["sisi", "putin", "egypt"]),
        event("Summit", "2020-03-01", ["putin", "ghost"], true),
      ]),
    );
    expect(score.pairs).toEqual({
      tp: 1,
      fp: 0,
      fn: 1,
      falsePositives: [],
      falseNegatives: ["Santiago Peña – Vladimir Putin"],
    });
  });

  it("counts a pair with an unmatched person as a false positive", () => {
    const score = scoreArticle(
      gold,
      extraction(people, [event("Meeting", "2020-01-01", ["putin", "pena", "ghost"])]),
    );
    expect(score.pairs.tp).toBe(1);
    expect(score.pairs.fp).toBe(2);
    expect(score.pairs.falsePositives).toEqual(["?زيد عمرو – Vladimir Putin", "?زيد عمرو – Santiago Peña"]);
    expect(score.pairs.fn).toBe(1);
  });

  it("compares (type, date) of held events, undated included, planned ignored", () => {
    const score = scoreArticle(
      gold,
      extraction(people, [
        event("Meeting", "2020-01-01", ["putin", "sisi"]),
        event("Meeting", "2020-01-01", ["putin", "pena"]),
        event("PhoneCall", "2020-01-01", ["putin", "pena"]),
        event("Summit", "2020-02-01", ["putin"], true),
      ]),
    );
    expect(score.eventDates).toEqual({
      tp: 1,
      fp: 1,
      fn: 1,
      falsePositives: ["PhoneCall 2020-01-01"],
      falseNegatives: ["PhoneCall undated"],
    });
  });
});

describe("metrics", () => {
  it("computes precision, recall and F1, with empty sides handled", () => {
    expect(prf({ tp: 3, fp: 1, fn: 2 })).toEqual({
      precision: 0.75,
      recall: 0.6,
      f1: (2 * 0.75 * 0.6) / 1.35,
    });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf({ tp: 0, fp: 0, fn: 4 })).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf({ tp: 0, fp: 2, fn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it("micro-averages by summing counts", () => {
    const a = scoreArticle(gold, extraction([entity("p", "Person", "بوتين")]));
    const b = scoreArticle(gold, extraction([entity("q", "Person", "مجهول")]));
    expect(sumScores([a, b]).persons).toEqual({ tp: 1, fp: 1, fn: 5 });
  });
});
