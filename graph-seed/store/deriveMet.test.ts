import { describe, expect, it } from "vitest";
import type { NodeId } from "../../model/ids.ts";
import { inDateRange } from "./dateRange.ts";
import { deriveMet } from "./deriveMet.ts";

const ev = (id: string, date: string | null, persons: string[], planned = false) => ({
  id: id as NodeId,
  date,
  planned,
  persons: persons as NodeId[],
  evidence: [],
});

describe("deriveMet", () => {
  it("one edge per unordered pair, weight = shared held events, first/last dates", () => {
    const met = deriveMet([
      ev("e2", "2020-05-01", ["p:b", "p:a"]),
      ev("e1", "2019-01", ["p:a", "p:b", "p:c"]),
      ev("e3", null, ["p:a", "p:b"]),
      ev("e4", "2021-01-01", ["p:a", "p:c"], true),
    ]);
    expect(met.map((e) => [e.id, e.weight, e.firstDate, e.lastDate, e.eventIds])).toEqual([
      ["MET:p:a->p:b", 3, "2019-01", "2020-05-01", ["e1", "e2", "e3"]],
      ["MET:p:a->p:c", 1, "2019-01", "2019-01", ["e1"]],
      ["MET:p:b->p:c", 1, "2019-01", "2019-01", ["e1"]],
    ]);
  });
  it("a person alone or repeated makes no pair", () => {
    expect(deriveMet([ev("e", "2020", ["p:a", "p:a"])])).toEqual([]);
  });
});

describe("inDateRange", () => {
  it("treats a date as a period that must overlap the range", () => {
    expect(inDateRange("2017-11", "2017-11-21", "2017-11-30")).toBe(true);
    expect(inDateRange("2017-11-20", "2017-11-21")).toBe(false);
    expect(inDateRange("2017-12-01", undefined, "2017-11")).toBe(false);
    expect(inDateRange("2017", "2017-06", "2017-06")).toBe(true);
    expect(inDateRange(null, "2017")).toBe(false);
    expect(inDateRange(null)).toBe(true);
  });
});
