import { describe, expect, it } from "vitest";
import { metGraph, smallGraph } from "../test/fixtures.ts";
import { aspectStretch } from "./aspect.ts";
import { edgesCsv, nodesCsv } from "./exportData.ts";
import { layoutOptions } from "./layouts.ts";
import { type Box, removeOverlaps } from "./removeOverlaps.ts";
import { DEFAULT_SIZE, MAX_SIZE, MIN_SIZE, sizesFrom } from "./sizing.ts";
import { layoutPlan } from "./syncPlan.ts";

describe("node sizes", () => {
  it("scales a metric between the min and max size, hub largest", () => {
    const s = sizesFrom({ a: 0, b: 4, c: 16 }, ["a", "b", "c"]);
    expect(s).toEqual({ a: MIN_SIZE, b: MIN_SIZE + (MAX_SIZE - MIN_SIZE) * 0.5, c: MAX_SIZE });
  });
  it("uses one size when there is no metric or it is all zero", () => {
    expect(sizesFrom(null, ["a"])).toEqual({ a: DEFAULT_SIZE });
    expect(sizesFrom({ a: 0 }, ["a", "b"])).toEqual({ a: DEFAULT_SIZE, b: DEFAULT_SIZE });
  });
});

describe("layout plan after a membership change", () => {
  it("lays out afresh on first draw and after a big replacement", () => {
    expect(layoutPlan(0, 10, 0)).toBe("fresh");
    expect(layoutPlan(60, 2, 50)).toBe("fresh");
  });
  it("keeps positions when nodes were only hidden, settles an expand incrementally", () => {
    expect(layoutPlan(60, 0, 1)).toBe("none");
    expect(layoutPlan(60, 5, 0)).toBe("incremental");
  });
});

describe("layout options", () => {
  it("passes pinned nodes to fcose as fixed constraints", () => {
    const o = layoutOptions({
      name: "fcose",
      nodeCount: 10,
      pinned: { a: { x: 1, y: 2 } },
      incremental: false,
    });
    expect(o).toMatchObject({
      name: "fcose",
      randomize: true,
      fixedNodeConstraint: [{ nodeId: "a", position: { x: 1, y: 2 } }],
    });
  });
  it("orders concentric rings by degree", () => {
    const o = layoutOptions({
      name: "concentric",
      nodeCount: 10,
      pinned: {},
      incremental: false,
    }) as unknown as {
      concentric: (n: { degree: (b: boolean) => number }) => number;
    };
    expect(o.concentric({ degree: () => 7 })).toBe(7);
  });
});

describe("overlap removal", () => {
  it("separates overlapping boxes and leaves fixed ones in place", () => {
    const boxes: Box[] = [
      { id: "a", x: 0, y: 0, w: 40, h: 20, fixed: true },
      { id: "b", x: 10, y: 5, w: 40, h: 20 },
      { id: "c", x: 12, y: -3, w: 40, h: 20 },
    ];
    expect(removeOverlaps(boxes)).toBe(0);
    expect(boxes[0]).toMatchObject({ x: 0, y: 0 });
    for (let i = 0; i < 3; i++)
      for (let j = i + 1; j < 3; j++) {
        const [p, q] = [boxes[i]!, boxes[j]!];
        const apart = Math.abs(p.x - q.x) >= (p.w + q.w) / 2 || Math.abs(p.y - q.y) >= (p.h + q.h) / 2;
        expect(apart).toBe(true);
      }
  });
});

describe("CSV export", () => {
  it("writes one row per node with both scripts, quoting where needed", () => {
    const csv = nodesCsv({
      ...smallGraph,
      nodes: [{ ...smallGraph.nodes[0]!, name: { ar: "بوتين", en: 'Putin, "V."' } }],
    });
    expect(csv).toBe(
      "\uFEFFid,kind,name_ar,name_en,date,date_from,date_to,date_uncertain,event_type,confidence,cues," +
        "review_status,reviewed_by,reviewed_at\r\n" +
        'person:vladimir-putin,Person,بوتين,"Putin, ""V.""",,,,,,,,extracted,,\r\n',
    );
  });
  it("neutralises cells a spreadsheet would run as formulas, as the API's CSV does", () => {
    const names = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tcmd", "\rcmd"];
    const nodes = names.map((en, i) => ({
      ...smallGraph.nodes[0]!,
      id: `topic:t${i}` as never,
      name: { ar: "س", en },
    }));
    const rows = nodesCsv({ ...smallGraph, nodes })
      .trim()
      .split("\r\n")
      .slice(1);
    expect(rows.map((r) => r.split(",")[3])).toEqual([
      '"\'=HYPERLINK(""http://x"")"',
      "'+1",
      "'-2",
      "'@SUM(A1)",
      "'\tcmd",
      '"\'\rcmd"',
    ]);
  });
  it("carries each fact's review status, who and when", () => {
    const review = { status: "confirmed" as const, by: "Layla", at: "2026-12-07T10:00:00Z", version: 1 };
    const csv = nodesCsv({ ...smallGraph, nodes: [{ ...smallGraph.nodes[0]!, review }] });
    expect(csv.split("\r\n")[1]!.endsWith(",confirmed,Layla,2026-12-07T10:00:00Z")).toBe(true);
  });
  it("writes edges with their kind (met or spoke), weight, dates and whether they are inferred", () => {
    const csv = edgesCsv({ ...metGraph, edges: [{ ...metGraph.edges[0]!, inferred: false }] });
    expect(csv.split("\r\n")[0]).toBe(
      "\uFEFFid,kind,source,target,weight,first_date,last_date,evidence,inferred,date_uncertain,confidence," +
        "review_status,reviewed_by,reviewed_at",
    );
    expect(csv.split("\r\n")[1]).toBe(
      "MET:person:abdel-fattah-el-sisi->person:vladimir-putin,MET,person:abdel-fattah-el-sisi,person:vladimir-putin,2,2017-12-11,2018-10-17,0,false,,,extracted,,",
    );
  });
});

describe("aspect stretch", () => {
  it("widens a round picture towards a wide canvas, within limits", () => {
    expect(aspectStretch(600, 600, 900, 600)).toBeCloseTo(Math.sqrt(1.5));
    expect(aspectStretch(600, 600, 3000, 600)).toBe(1.5);
    expect(aspectStretch(1200, 400, 900, 600)).toBe(1);
    expect(aspectStretch(0, 0, 900, 600)).toBe(1);
  });
});
