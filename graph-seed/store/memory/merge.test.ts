import { describe, expect, it } from "vitest";
import type { GraphNode } from "../../../model/graph.ts";
import { nodeId } from "../../../model/ids.ts";
import { mergeNode } from "./merge.ts";

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
