import { describe, expect, it } from "vitest";
import { spanSegments } from "./spanSegments.ts";

const text = "التقى الرئيس بوتين نظيره السيسي";

describe("spanSegments", () => {
  it("alternates plain text and marks, covering the whole text", () => {
    const marks = [
      { start: 25, end: 31, data: "sisi" },
      { start: 13, end: 18, data: "putin" },
    ];
    const segs = spanSegments(text, marks);
    expect(segs.map((s) => [s.text, s.mark?.data ?? null])).toEqual([
      ["التقى الرئيس ", null],
      ["بوتين", "putin"],
      [" نظيره ", null],
      ["السيسي", "sisi"],
    ]);
    expect(segs.map((s) => s.text).join("")).toBe(text);
    expect(segs.map((s) => s.start)).toEqual([0, 13, 18, 25]);
  });

  it("keeps the longer of overlapping marks and clamps marks past the end", () => {
    const segs = spanSegments(text, [
      { start: 13, end: 18, data: "inner" },
      { start: 6, end: 18, data: "outer" },
      { start: 25, end: 99, data: "tail" },
    ]);
    expect(segs.filter((s) => s.mark).map((s) => [s.text, s.mark?.data])).toEqual([
      ["الرئيس بوتين", "outer"],
      ["السيسي", "tail"],
    ]);
  });

  it("returns the text as one plain piece without marks", () => {
    expect(spanSegments("نص", [])).toEqual([{ text: "نص", start: 0, mark: null }]);
    expect(spanSegments("", [{ start: 0, end: 3, data: 1 }])).toEqual([]);
  });
});
