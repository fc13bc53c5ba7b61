import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { GraphNode } from "../../../model/graph.ts";
import { nodeId } from "../../../model/ids.ts";
import { mergeNode, sameRecord } from "./merge.ts";

const event = (fields: Partial<GraphNode>): GraphNode => ({
  id: nodeId("event:e"),
  kind: "Event",
  name: { ar: "لقاء", en: null },
  ...fields,
});

describe("mergeNode on events", () => {
  it("two reports bounding the days differently keep the days both allow", () => {
    const month = event({ date: "2017-11", dateFrom: "2017-11-01", dateTo: "2017-11-30" });
    const beforeTheCalls = event({ date: null, dateFrom: null, dateTo: "2017-11-21" });
    expect(mergeNode(month, beforeTheCalls)).toMatchObject({
      date: "2017-11",
      dateFrom: "2017-11-01",
      dateTo: "2017-11-21",
    });
    const day = event({ date: "2017-11-20", dateFrom: "2017-11-20", dateTo: "2017-11-20" });
    expect(mergeNode(month, day)).toMatchObject({ dateFrom: "2017-11-20", dateTo: "2017-11-20" });
  });

  it("a report without scores keeps the earlier ones; cues are unioned", () => {
    const first = event({ confidence: 0.7, cues: ["a"], encounter: "k" });
    const second = event({ confidence: null, cues: ["b", "a"], encounter: null });
    expect(mergeNode(first, second)).toMatchObject({ confidence: 0.7, cues: ["a", "b"], encounter: "k" });
  });
});

/** JSON with object keys sorted, at every depth: equal texts mean equal records whatever the key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The same value with every object's keys in reverse order. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reordered(v)]),
    );
  return value;
}

describe("sameRecord", () => {
  it("agrees with comparing key-sorted JSON, on any two values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(sameRecord(a, b)).toBe(canonical(a) === canonical(b));
        expect(sameRecord(a, reordered(a))).toBe(true);
      }),
    );
  });

  it("tells an evidence change deep in an edge, and takes an undefined key as absent", () => {
    const edge = {
      id: "e",
      kind: "MET",
      evidence: [{ articleId: "a", start: 1, end: 9, quote: "التقى الوزيران" }],
    };
    const moved = { ...edge, evidence: [{ ...edge.evidence[0]!, end: 10 }] };
    expect(sameRecord(edge, moved)).toBe(false);
    expect(sameRecord(edge, { ...edge, role: undefined })).toBe(true);
    expect(sameRecord(edge, { ...edge, role: null })).toBe(false);
    expect(sameRecord([1, 2], [2, 1])).toBe(false);
  });
});
