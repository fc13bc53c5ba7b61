import { describe, expect, it } from "vitest";
import { NODE_KINDS } from "../../../model/kinds.ts";
import { metGraph, NODES, smallGraph } from "../test/fixtures.ts";
import { diffElements, edgeElement, edgeWeight, nodeElement, nodeLabel, toElements } from "./elements.ts";
import { EDGE_COLOR, KIND_LOOK } from "./kindStyle.ts";
import { buildStylesheet } from "./stylesheet.ts";

describe("payload → Cytoscape elements", () => {
  it("labels people by name in the chosen language", () => {
    expect(nodeLabel(NODES.putin, "en")).toBe("Vladimir Putin");
    expect(nodeLabel(NODES.putin, "ar")).toBe("فلاديمير بوتين");
  });

  it("labels events by type and date, not the long generated name", () => {
    expect(nodeLabel(NODES.meeting, "en")).toBe("Meeting\n2017-12-11");
    // Isolated left to right, so the date keeps its order after the Arabic word (i18n/bidi.ts).
    expect(nodeLabel(NODES.meeting, "ar")).toBe("لقاء\n\u20662017-12-11\u2069");
    expect(nodeLabel({ ...NODES.meeting, planned: true, date: null }, "en")).toBe("Meeting (planned)");
  });

  it("turns every node and edge into an element with plain data", () => {
    const els = toElements(smallGraph, "en");
    expect(els).toHaveLength(7);
    expect(els[0]).toEqual({
      group: "nodes",
      data: {
        id: "person:vladimir-putin",
        label: "Vladimir Putin",
        fullName: "Vladimir Putin",
        uncertain: 0,
        review: "extracted",
        kind: "Person",
        planned: 0,
      },
    });
    expect(els[6]).toEqual({
      group: "edges",
      data: {
        id: "HELD_IN:event:meeting:2017-12-11->place:cairo",
        source: "event:meeting:2017-12-11",
        target: "place:cairo",
        kind: "HELD_IN",
        weight: 1,
        uncertain: 0,
        review: "extracted",
      },
    });
  });

  it("carries the review status the stylesheet marks, on nodes and edges", () => {
    const review = { status: "rejected" as const, by: "Omar", at: "2026-12-07T10:00:00Z", version: 2 };
    const graph = { ...smallGraph, nodes: [{ ...NODES.meeting, review }], edges: [] };
    expect(toElements(graph, "en")[0]!.data.review).toBe("rejected");
    const sheet = buildStylesheet("en");
    const selectors = sheet.map((r) => ("selector" in r ? r.selector : ""));
    expect(selectors).toEqual(
      expect.arrayContaining([
        'node[review = "confirmed"]',
        'node[review = "edited"]',
        'node[review = "rejected"]',
      ]),
    );
  });

  it("an undated event shows the interval it lies in, and a '?' where the range may not hold it", () => {
    const sochi = { ...NODES.meeting, date: null, dateFrom: null, dateTo: "2017-11-21" };
    expect(nodeLabel(sochi, "en")).toBe("Meeting\nby 2017-11-21");
    expect(nodeLabel({ ...sochi, dateUncertain: true }, "ar")).toBe("لقاء\nحتى \u20662017-11-21\u2069 ?");
    expect(nodeLabel({ ...sochi, dateFrom: "2017-11-01" }, "en")).toBe("Meeting\n2017-11-01 – 2017-11-21");
    expect(nodeElement({ ...sochi, dateUncertain: true }, "en").data.uncertain).toBe(1);
  });

  it("draws a call apart from a meeting: its own colour and a dashed line", () => {
    const sheet = buildStylesheet() as { selector: string; style: Record<string, unknown> }[];
    const spoke = sheet.filter((r) => r.selector === 'edge[kind = "SPOKE_WITH"]').map((r) => r.style);
    expect(spoke).toContainEqual(expect.objectContaining({ "line-style": "dashed" }));
    const met = sheet.filter((r) => r.selector === 'edge[kind = "MET"]').map((r) => r.style);
    expect(met.some((s) => "line-style" in s)).toBe(false);
    expect(EDGE_COLOR.SPOKE_WITH).not.toBe(EDGE_COLOR.MET);
    expect(edgeElement({ ...metGraph.edges[0]!, kind: "SPOKE_WITH" }).data.kind).toBe("SPOKE_WITH");
  });

  it("weights MET edges by how often the pair met", () => {
    expect(edgeWeight(metGraph.edges[0]!)).toBe(2);
  });

  it("diffs by id: adds only what is new, removes only what left", () => {
    const current = new Set([
      "person:vladimir-putin",
      "person:gone",
      "MET:person:gone->person:vladimir-putin",
    ]);
    const { add, remove } = diffElements(current, metGraph, "en");
    expect(add.map((e) => e.data.id)).toEqual([
      "person:abdel-fattah-el-sisi",
      "MET:person:abdel-fattah-el-sisi->person:vladimir-putin",
    ]);
    expect(remove).toEqual(["person:gone", "MET:person:gone->person:vladimir-putin"]);
  });
});

describe("stylesheet", () => {
  it("gives every node kind its own colour, shape and glyph", () => {
    const sheet = buildStylesheet() as { selector: string; style: Record<string, unknown> }[];
    for (const kind of NODE_KINDS) {
      const rule = sheet.find((r) => r.selector === `node[kind = "${kind}"]`);
      expect(rule?.style).toEqual({
        "background-color": KIND_LOOK[kind].color,
        shape: KIND_LOOK[kind].shape,
        "background-image": KIND_LOOK[kind].icon,
      });
    }
    expect(new Set(NODE_KINDS.map((k) => KIND_LOOK[k].color)).size).toBe(NODE_KINDS.length);
  });

  it("hides labels below a rendered size (level of detail) and widens edges by weight", () => {
    const sheet = buildStylesheet() as { selector: string; style: Record<string, unknown> }[];
    expect(sheet.find((r) => r.selector === "node")?.style["min-zoomed-font-size"]).toBeGreaterThan(0);
    expect(sheet.find((r) => r.selector === "edge")?.style.width).toMatch(/^mapData\(weight/);
  });
});
