import cytoscape, { type Core } from "cytoscape";
import { afterEach, describe, expect, it, vi } from "vitest";
import { refreshWhenFontsLoad } from "./createCy.ts";
import { useCyStore } from "./cyStore.ts";
import { throttle } from "./labelLevels.ts";
import { watchLabelLevels } from "./useLabelLevels.ts";

/** A headless core with a screen of its own (headless Cytoscape measures 0 × 0). */
function screenGraph(): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add([
    { group: "nodes", data: { id: "a", label: "Alpha" }, position: { x: 100, y: 100 } },
    { group: "nodes", data: { id: "b", label: "Beta" }, position: { x: 400, y: 300 } },
    { group: "edges", data: { id: "ab", source: "a", target: "b" } },
  ]);
  cy.width = () => 800;
  cy.height = () => 600;
  return cy;
}

describe("label level updates", () => {
  afterEach(() => {
    vi.useRealTimers();
    useCyStore.getState().setReadyFor(null);
  });

  it("name the nodes as soon as a layout finishes, not a throttle period later", () => {
    vi.useFakeTimers();
    const cy = screenGraph();
    const stop = watchLabelLevels(cy);
    // Drop the update scheduled at start: only the readiness below may label the nodes.
    vi.clearAllTimers();
    expect(cy.nodes(".labelled")).toHaveLength(0);
    useCyStore.getState().setReadyFor({});
    expect(
      cy
        .nodes(".labelled")
        .map((n) => n.id())
        .sort(),
    ).toEqual(["a", "b"]);
    stop();
  });

  it("throttle: `now` runs at once and drops the call that was waiting", () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const t = throttle(fn, 150);
    t.call();
    t.now();
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

/** A FontFaceSet that has (or has not) the font already, and loads it when asked. */
function fontSet(loaded: boolean) {
  return {
    check: vi.fn(() => loaded),
    load: vi.fn(() => Promise.resolve([{}] as FontFace[])),
  } as unknown as FontFaceSet & { load: ReturnType<typeof vi.fn> };
}

describe("the label font arriving", () => {
  it("restyles only the nodes that draw a name", async () => {
    const cy = screenGraph();
    cy.$id("a").addClass("labelled");
    const restyled: string[] = [];
    cy.on("style", (e) => {
      restyled.push(e.target.id());
    });
    const fonts = fontSet(false);
    refreshWhenFontsLoad(cy, fonts);
    await vi.waitFor(() => expect(restyled).toEqual(["a"]));
    expect(fonts.load).toHaveBeenCalled();
  });

  it("does nothing when the font is already there", () => {
    const cy = screenGraph();
    const fonts = fontSet(true);
    refreshWhenFontsLoad(cy, fonts);
    expect(fonts.load).not.toHaveBeenCalled();
  });
});
