import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { NODE_KINDS } from "../../../model/kinds.ts";
import { PUSHPIN } from "../graph/pinStyle.ts";
import { buildStylesheet } from "../graph/stylesheet.ts";
import { markPinned } from "./usePinSync.ts";

const cy = () =>
  cytoscape({
    headless: true,
    elements: [{ data: { id: "person:a", kind: "Person" } }, { data: { id: "person:b", kind: "Person" } }],
  });

describe("pins on the canvas", () => {
  it("marks exactly the pinned nodes, and unmarks a node once unpinned", () => {
    const core = cy();
    markPinned(core, { "person:a": { x: 1, y: 2 }, "person:gone": { x: 0, y: 0 } });
    expect(core.nodes(".pinned").map((n) => n.id())).toEqual(["person:a"]);
    markPinned(core, {});
    expect(core.nodes(".pinned").length).toBe(0);
  });

  it("draws a pushpin over every kind's icon", () => {
    const rules = buildStylesheet("en") as { selector: string; style: Record<string, unknown> }[];
    for (const kind of NODE_KINDS) {
      const rule = rules.find((r) => r.selector === `node.pinned[kind = "${kind}"]`);
      expect(rule?.style["background-image"], kind).toContain(PUSHPIN);
    }
  });
});
