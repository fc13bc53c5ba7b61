import { describe, expect, it } from "vitest";
import type { GraphPayload } from "../../../model/api.ts";
import { metGraph, NODES, smallGraph } from "../test/fixtures.ts";
import { applyVisibility, mergePayloads } from "./visibleGraph.ts";

const ids = (g: GraphPayload) => [...g.nodes.map((n) => n.id), ...g.edges.map((e) => e.id)];

describe("the visible graph", () => {
  it("merges expanded neighbourhoods by id without duplicates", () => {
    const merged = mergePayloads(smallGraph, [metGraph, smallGraph]);
    expect(merged.nodes).toHaveLength(4);
    expect(merged.edges).toHaveLength(4);
    expect(ids(merged)).toContain("MET:person:abdel-fattah-el-sisi->person:vladimir-putin");
  });

  it("returns the base payload itself when nothing was expanded (stable identity for memoised metrics)", () => {
    expect(mergePayloads(smallGraph, [])).toBe(smallGraph);
    expect(applyVisibility(smallGraph, { hidden: [], kinds: ["Person", "Place", "Event"] })).toBe(smallGraph);
  });

  it("drops hidden nodes and the edges that lost an end", () => {
    const g = applyVisibility(smallGraph, { hidden: [NODES.cairo.id], kinds: ["Person", "Place", "Event"] });
    expect(g.nodes.map((n) => n.id)).toEqual([NODES.putin.id, NODES.sisi.id, NODES.meeting.id]);
    expect(g.edges.map((e) => e.kind)).toEqual(["PARTICIPATED_IN", "PARTICIPATED_IN"]);
  });

  it("drops nodes left with no edge unless asked to show them, but keeps the ones the user picked", () => {
    const kinds = ["Person", "Place"] as const;
    const alone = applyVisibility(smallGraph, { hidden: [], kinds: [...kinds], showIsolated: false });
    expect(alone.nodes).toEqual([]);
    const picked = applyVisibility(smallGraph, {
      hidden: [],
      kinds: [...kinds],
      showIsolated: false,
      keep: [NODES.putin.id],
    });
    expect(picked.nodes.map((n) => n.id)).toEqual([NODES.putin.id]);
    const linked = applyVisibility(smallGraph, {
      hidden: [],
      kinds: ["Person", "Place", "Event"],
      showIsolated: false,
    });
    expect(linked).toBe(smallGraph);
    expect(
      applyVisibility(smallGraph, { hidden: [], kinds: [...kinds], showIsolated: true }).nodes,
    ).toHaveLength(3);
  });

  it("drops kinds switched off in the legend", () => {
    const g = applyVisibility(smallGraph, { hidden: [], kinds: ["Person", "Place"] });
    expect(g.nodes.map((n) => n.kind)).toEqual(["Person", "Person", "Place"]);
    expect(g.edges).toEqual([]);
  });

  it("drops events outside the time range, whatever their date precision", () => {
    const kinds = ["Person", "Place", "Event"] as const;
    const before = applyVisibility(smallGraph, { hidden: [], kinds: [...kinds], to: "2016-12-31" });
    expect(before.nodes.map((n) => n.kind)).toEqual(["Person", "Person", "Place"]);
    expect(
      applyVisibility(smallGraph, { hidden: [], kinds: [...kinds], from: "2017-12" }).nodes,
    ).toHaveLength(4);
    expect(applyVisibility(smallGraph, { hidden: [], kinds: [...kinds], from: "2018" }).nodes).toHaveLength(
      3,
    );
  });

  it("keeps an event only possibly in range (undated, or straddling an edge) and flags it", () => {
    const kinds = ["Person", "Place", "Event"] as const;
    const undated = { ...NODES.meeting, date: null, dateFrom: null, dateTo: "2017-11-21" };
    const graph = { ...smallGraph, nodes: smallGraph.nodes.map((n) => (n.id === undated.id ? undated : n)) };
    const in2017 = applyVisibility(graph, { hidden: [], kinds: [...kinds], from: "2017", to: "2017" });
    expect(in2017.nodes.find((n) => n.id === undated.id)?.dateUncertain).toBe(true);
    expect(graph.nodes.find((n) => n.id === undated.id)).not.toHaveProperty("dateUncertain");
    const in2018 = applyVisibility(graph, { hidden: [], kinds: [...kinds], from: "2018" });
    expect(in2018.nodes.some((n) => n.id === undated.id)).toBe(false);
  });

  it("draws only the tie kinds switched on, and people left with no tie go", () => {
    const both = {
      ...metGraph,
      edges: [
        ...metGraph.edges,
        { ...metGraph.edges[0]!, id: "SPOKE_WITH:x" as never, kind: "SPOKE_WITH" as const, weight: 1 },
      ],
    };
    const kinds = ["Person"] as const;
    const spoke = applyVisibility(both, { hidden: [], kinds: [...kinds], ties: ["SPOKE_WITH"] });
    expect(spoke.edges.map((e) => e.kind)).toEqual(["SPOKE_WITH"]);
    const none = applyVisibility(both, { hidden: [], kinds: [...kinds], ties: [], showIsolated: false });
    expect(none.nodes).toEqual([]);
  });
});
