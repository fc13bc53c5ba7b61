import { describe, expect, it } from "vitest";
import { generateGraph } from "../../bench/generateGraph.ts";
import { canvasNeedsLibrary } from "../canvas/useGraphSync.ts";
import { degreesOf } from "./degrees.ts";
import { loadMetrics, metricsOf } from "./useGraphMetrics.ts";

describe("the canvas's metrics", () => {
  it("needs the metrics library only to size by betweenness or colour by community", () => {
    expect(canvasNeedsLibrary("degree", "kind")).toBe(false);
    expect(canvasNeedsLibrary("none", "kind")).toBe(false);
    expect(canvasNeedsLibrary("betweenness", "kind")).toBe(true);
    expect(canvasNeedsLibrary("degree", "community")).toBe(true);
  });

  it("without the library: degrees only, no communities, even once the library has loaded", async () => {
    await loadMetrics();
    const graph = generateGraph(1000);
    const light = metricsOf(graph, false, false);
    expect(light.degree).toEqual(degreesOf(graph));
    expect(light.communityCount).toBe(0);
    expect(light.community).toEqual({});
    expect(metricsOf(graph, false, false)).toBe(light);
    // With the library the same degrees, and the communities.
    const full = metricsOf(graph, false, true);
    expect(full.degree).toEqual(light.degree);
    expect(full.communityCount).toBeGreaterThan(0);
  });
});
