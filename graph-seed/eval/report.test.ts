import { describe, expect, it } from "vitest";
import { formatMisses, formatTable } from "./report.ts";
import { CATEGORIES, type CategoryScore } from "./score.ts";

const empty = (): CategoryScore => ({ tp: 0, fp: 0, fn: 0, falsePositives: [], falseNegatives: [] });
const allEmpty = () =>
  Object.fromEntries(CATEGORIES.map((c) => [c, empty()])) as Record<
    (typeof CATEGORIES)[number],
    CategoryScore
  >;

describe("report", () => {
  it("prints one aligned row per category with counts and P/R/F1", () => {
    const totals = allEmpty();
    totals.persons = { ...empty(), tp: 3, fp: 1, fn: 1 };
    const lines = formatTable("heldout", totals, 2).split("\n");
    expect(lines[0]).toBe("heldout (2 articles)");
    expect(lines[1]?.split(/\s+/)).toEqual(["category", "TP", "FP", "FN", "P", "R", "F1"]);
    expect(lines[2]?.split(/\s+/)).toEqual(["persons", "3", "1", "1", "0.750", "0.750", "0.750"]);
    expect(lines).toHaveLength(2 + CATEGORIES.length);
    expect(new Set(lines.slice(1).map((l) => l.length)).size).toBe(1);
  });

  it("says an empty set has nothing to score instead of printing perfect scores", () => {
    expect(formatTable("heldout", allEmpty(), 0)).toBe("heldout (0 articles): nothing to score");
  });

  it("lists the misses of an article, or says it is all correct", () => {
    const score = allEmpty();
    expect(formatMisses("a1", score)).toBe("  a1: all correct");
    score.pairs = { ...empty(), fp: 1, falsePositives: ["A – B"], fn: 1, falseNegatives: ["C – D"] };
    expect(formatMisses("a1", score).split("\n")).toEqual([
      "  a1",
      "    pairs FP: A – B",
      "    pairs FN: C – D",
    ]);
  });
});
