/**
 * Layout options per layout name. fcose is tuned so labels of the seeded network do not overlap at the
 * default zoom (label boxes count as node size); pinned nodes stay where the user dragged them.
 */
import type { LayoutOptions } from "cytoscape";
import type { LayoutName, Position } from "../state/viewState.ts";

export interface LayoutInput {
  name: LayoutName;
  nodeCount: number;
  /** Pinned positions of nodes on the canvas. */
  pinned: Readonly<Record<string, Position>>;
  /** Keep current positions as the starting point (after an expand) instead of starting afresh. */
  incremental: boolean;
}

/** Above this many nodes animation and quality are traded for speed (default quality took 36–76 s at 1,279 nodes). */
export const LARGE_GRAPH = 600;

/**
 * Above this many nodes the force layout runs in a worker (ForceAtlas2); below it fcose on the main
 * thread is quick (well under 200 ms) and keeps labels apart.
 */
export const WORKER_LAYOUT_NODES = 200;

export const usesWorker = (name: LayoutName, nodeCount: number, overview = false) =>
  name === "fcose" && (overview || nodeCount > WORKER_LAYOUT_NODES);

function fcoseOptions(input: LayoutInput): LayoutOptions {
  const large = input.nodeCount > LARGE_GRAPH;
  const fixed = Object.entries(input.pinned).map(([nodeId, position]) => ({ nodeId, position }));
  return {
    name: "fcose",
    quality: large ? "draft" : "default",
    randomize: !input.incremental,
    animate: !large && input.incremental,
    animationDuration: 400,
    fit: !input.incremental,
    padding: 40,
    // Label boxes keep names apart; measuring them for thousands of nodes costs more than it gives.
    nodeDimensionsIncludeLabels: !large,
    uniformNodeDimensions: false,
    packComponents: true,
    nodeRepulsion: () => 12000,
    idealEdgeLength: () => 80,
    edgeElasticity: () => 0.35,
    nodeSeparation: 110,
    gravity: 1,
    numIter: large ? 1200 : 2500,
    tile: true,
    ...(fixed.length > 0 ? { fixedNodeConstraint: fixed } : {}),
  } as unknown as LayoutOptions;
}

export function layoutOptions(input: LayoutInput): LayoutOptions {
  const animate = input.nodeCount < 400;
  switch (input.name) {
    case "fcose":
      return fcoseOptions(input);
    case "concentric":
      return {
        name: "concentric",
        concentric: (node) => node.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 30,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
        animate,
        padding: 40,
      } as LayoutOptions;
    case "circle":
      return {
        name: "circle",
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
        animate,
        padding: 40,
      } as LayoutOptions;
    case "grid":
      return {
        name: "grid",
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
        animate,
        padding: 40,
      } as LayoutOptions;
  }
}
