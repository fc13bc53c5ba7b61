/** Each date family with a phrase it reads (invented phrases). */
import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../text/normalize.ts";
import { asciiDigits, ordinalDays } from "./reads.ts";
import { candidates, DATE_RULES } from "./rules.ts";

/** What findDateNear hands the table: normalised, ASCII digits, ordinal days as digits. */
const read = (text: string, published: string | null, ahead = false) =>
  candidates(ordinalDays(asciiDigits(normalizeArabic(text))), published, ahead).map((f) => [
    f.rule,
    f.fact.date,
    f.fact.precision,
  ]);

/** The family, a phrase, the publication day, and the date it reads. */
const FIXTURES: [rule: string, text: string, published: string, date: string, precision: string][] = [
  ["numeric", "عقدت يوم 3/5/2022 جلسة", "2022-05-04", "2022-05-03", "day"],
  ["day-month", "وصل في ١٤ سبتمبر", "2022-09-20", "2022-09-14", "day"],
  ["month-year", "في شهر آذار 2019", "2022-09-20", "2019-03", "month"],
  ["month-of-relative-year", "في مارس من العام الماضي", "2025-03-10", "2024-03", "month"],
  ["month-by-direction", "خلال شهر سبتمبر المقبل", "2022-05-04", "2022-09", "month"],
  ["day-of-relative-month", "في العشرين من الشهر الماضي", "2022-05-04", "2022-04-20", "day"],
  ["relative-day", "التقى أمس", "2017-11-21", "2017-11-20", "day"],
  ["weekday", "يوم الاثنين الماضي", "2017-11-21", "2017-11-20", "day"],
  ["next-week", "الأسبوع المقبل", "2022-05-28", "2022-06", "month"],
];

describe("date families", () => {
  it("every family has a fixture, in the table's order", () => {
    expect(FIXTURES.map(([rule]) => rule)).toEqual(DATE_RULES.map((r) => r.name));
  });

  it.each(FIXTURES)("%s: `%s`", (rule, text, published, date, precision) => {
    expect(read(text, published)).toEqual([[rule, date, precision]]);
  });

  it("of two overlapping readings the earlier family's stands", () => {
    // `آب الماضي` alone is a month by direction; inside `15 آب الماضي` the day stands.
    expect(read("يوم 15 آب الماضي", "2022-05-04")).toEqual([["day-month", "2021-08-15", "day"]]);
  });

  it("relative families need a publication day, and `روسيا اليوم` is no day", () => {
    expect(read("التقى أمس", null)).toEqual([]);
    expect(read("في 14 سبتمبر", "2022")).toEqual([["day-month", "2022-09-14", "day"]]);
    expect(read("ونقل موقع روسيا اليوم", "2017-11-21")).toEqual([]);
  });

  it("a weekday told ahead is the next one", () => {
    expect(read("يوم الخميس", "2017-11-21", true)).toEqual([["weekday", "2017-11-23", "day"]]);
  });
});
