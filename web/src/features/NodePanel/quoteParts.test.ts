import { describe, expect, it } from "vitest";
import { articleId, nodeId } from "../../../../model/ids.ts";
import { spanSegments, topSpan } from "../Articles/spanSegments.ts";
import { articleTarget, parseArticleTarget, quoteParts } from "./quoteParts.ts";

const A = articleId("003_x");
const quote = "استقبل بوتين نظيره المصري";

describe("quote highlighting", () => {
  it("cuts the quote at the mention's article offsets", () => {
    expect(
      quoteParts({
        articleId: A,
        start: 50,
        end: 50 + quote.length,
        quote,
        mentionStart: 57,
        mentionEnd: 62,
      }),
    ).toEqual({
      before: "استقبل ",
      mention: "بوتين",
      after: " نظيره المصري",
    });
  });
  it("falls back to finding the name when offsets are missing", () => {
    expect(
      quoteParts({ articleId: A, start: 0, end: quote.length, quote }, ["السيسي", "بوتين"]).mention,
    ).toBe("بوتين");
  });
  it("leaves the quote whole when nothing can be found", () => {
    expect(quoteParts({ articleId: A, start: 0, end: quote.length, quote }, ["Sisi"])).toEqual({
      before: quote,
      mention: "",
      after: "",
    });
  });
  it("round-trips the reader target", () => {
    expect(parseArticleTarget(articleTarget({ articleId: A, start: 42 }))).toEqual({ id: "003_x", at: 42 });
    expect(parseArticleTarget("003_x")).toEqual({ id: "003_x", at: null });
  });
});

describe("article span segments", () => {
  const node = { id: nodeId("person:p"), kind: "Person" as const, name: { ar: "ب", en: "P" } };
  it("splits overlapping spans into runs and prefers the mention", () => {
    const segs = spanSegments("0123456789", [
      { start: 2, end: 8, kind: "evidence", node },
      { start: 4, end: 6, kind: "mention", node },
    ]);
    expect(segs.map((s) => [s.text, s.spans.length])).toEqual([
      ["01", 0],
      ["23", 1],
      ["45", 2],
      ["67", 1],
      ["89", 0],
    ]);
    expect(topSpan(segs[2]!)?.kind).toBe("mention");
  });
  it("ignores spans outside the text", () => {
    expect(spanSegments("abc", [{ start: 2, end: 9, kind: "mention", node }])).toEqual([
      { start: 0, end: 3, text: "abc", spans: [] },
    ]);
  });
});
