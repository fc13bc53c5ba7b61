/**
 * The Cytoscape stylesheet: everything visual derives from element data (kind, weight, size, colour)
 * and classes (highlighted, faded, found), so updates touch data by id and never rebuild the graph.
 */
import type { StylesheetJson } from "cytoscape";
import { EDGE_KINDS, type Language, NODE_KINDS } from "../../../model/kinds.ts";
import { EDGE_COLOR, KIND_LOOK } from "./kindStyle.ts";
import { pinRules } from "./pinStyle.ts";
import { DEFAULT_SIZE } from "./sizing.ts";

/** Arabic labels use the bundled Naskh font; English ones a plain sans (Naskh's Latin is a serif). */
export const LABEL_FONT: Record<Language, string> = {
  ar: '"Noto Naskh Arabic", sans-serif',
  en: 'system-ui, "Segoe UI", Roboto, sans-serif, "Noto Naskh Arabic"',
};
/** Below this rendered font size labels are skipped: level of detail when zoomed out. */
export const MIN_ZOOMED_FONT_SIZE = 6;
/**
 * On large graphs labels are the main drawing cost (web bench) and unreadable when the whole graph
 * fits the screen: they appear only once zoomed in (17 px names at zoom ≥ 1.2, 13 px at ≥ 1.55).
 */
export const LARGE_MIN_ZOOMED_FONT_SIZE = 20;
/** From this many nodes a graph counts as large for labels. */
export const LABEL_LOD_NODES = 500;

export const isLargeGraph = (nodeCount: number) => nodeCount >= LABEL_LOD_NODES;

const kindRules: StylesheetJson = NODE_KINDS.map((kind) => ({
  selector: `node[kind = "${kind}"]`,
  style: {
    "background-color": KIND_LOOK[kind].color,
    shape: KIND_LOOK[kind].shape,
    "background-image": KIND_LOOK[kind].icon,
  },
}));

const edgeKindRules: StylesheetJson = EDGE_KINDS.map((kind) => ({
  selector: `edge[kind = "${kind}"]`,
  style: { "line-color": EDGE_COLOR[kind], "target-arrow-color": EDGE_COLOR[kind] },
}));

export function buildStylesheet(lang: Language = "en", largeGraph = false): StylesheetJson {
  return [
    {
      selector: "node",
      style: {
        width: `data(size)`,
        height: `data(size)`,
        // Only nodes picked by importance draw a name (canvas/labelLevels.ts): never a wall of text.
        label: "",
        "font-family": LABEL_FONT[lang],
        "font-size": 13,
        color: "#1d2633",
        "text-valign": "bottom",
        "text-halign": "center",
        "text-margin-y": 4,
        "text-wrap": "wrap",
        "text-max-width": "120px",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.8,
        "text-background-padding": "1px",
        "min-zoomed-font-size": largeGraph ? LARGE_MIN_ZOOMED_FONT_SIZE : MIN_ZOOMED_FONT_SIZE,
        "background-width": "58%",
        "background-height": "58%",
        "background-clip": "none",
        "border-width": 1.5,
        "border-color": "#ffffff",
      },
    },
    {
      selector: 'node[kind = "Person"], node[kind = "Country"]',
      style: { "font-size": 17, "font-weight": "bold" },
    },
    { selector: "node[!size]", style: { width: DEFAULT_SIZE, height: DEFAULT_SIZE } },
    ...kindRules,
    // Kind icons are SVG, rasterised again on every frame: at 1,279 nodes a redraw with nothing changed
    // took 300–500 ms with them and under 20 ms without (headless, software canvas). A large graph fitted
    // to the screen shows them a few pixels wide; colour and shape still tell the kinds apart.
    ...(largeGraph ? [{ selector: "node", style: { "background-image": "none" } }] : []),
    {
      selector: "node.labelled",
      style: { label: "data(label)", "min-zoomed-font-size": MIN_ZOOMED_FONT_SIZE },
    },
    // Zoomed out, a picked name keeps its normal size on screen and is not wrapped into a column.
    { selector: "node.labelled[lfs]", style: { "font-size": "data(lfs)", "text-max-width": "2000px" } },
    {
      selector: 'node[kind = "Cluster"]',
      style: {
        width: "mapData(count, 2, 400, 44, 140)",
        height: "mapData(count, 2, 400, 44, 140)",
        "background-color": "#c9d3df",
        "background-image": "none",
        "border-width": 3,
        "border-color": "#5f6b7a",
        "border-style": "double",
        shape: "ellipse",
        "font-weight": "bold",
        "font-size": 15,
      },
    },
    {
      selector: 'edge[kind = "CLUSTER_TIE"]',
      style: {
        width: "mapData(weight, 1, 60, 1.5, 10)",
        "line-color": "#b7c2cf",
        "line-style": "solid",
        opacity: 0.6,
      },
    },
    { selector: "node[color]", style: { "background-color": "data(color)" } },
    ...pinRules,
    {
      selector: "node[planned = 1]",
      style: { "border-style": "dashed", "border-color": "#5b3a00", "border-width": 2.5 },
    },
    {
      selector: "edge",
      style: {
        width: "mapData(weight, 1, 8, 1.5, 9)",
        "curve-style": "bezier",
        opacity: 0.85,
        "line-color": "#9aa7b5",
      },
    },
    ...edgeKindRules,
    // Straight "haystack" lines on large graphs: bezier curves look for parallel edges on every change,
    // most of the main thread's time at 25,000 elements.
    ...(largeGraph
      ? [{ selector: "edge", style: { "curve-style": "haystack" as const, "haystack-radius": 0 } }]
      : []),
    { selector: 'edge[kind = "MET"]', style: { "line-cap": "round" } },
    // Calls are drawn apart from meetings: dashed, in their own colour (legend: tie kinds).
    { selector: 'edge[kind = "SPOKE_WITH"]', style: { "line-style": "dashed", "line-dash-pattern": [7, 5] } },
    // May lie outside the time range (the API's dateUncertain): faint and dotted, never dropped.
    {
      selector: "node[uncertain = 1]",
      style: {
        "background-opacity": 0.45,
        "border-style": "dotted",
        "border-color": "#5F6B7A",
        "border-width": 2.5,
      },
    },
    {
      selector: "edge[uncertain = 1]",
      style: { opacity: 0.45, "line-style": "dotted", "line-dash-pattern": [2, 4] },
    },
    // Review status: a confirmed fact gets a firm dark ring, an edited one a double ring, a rejected one
    // (drawn only when "show rejected" is on) is faint and struck through with a dashed red border.
    { selector: 'node[review = "confirmed"]', style: { "border-color": "#1b5e20", "border-width": 3 } },
    {
      selector: 'node[review = "edited"]',
      style: { "border-color": "#1b5e20", "border-width": 4, "border-style": "double" },
    },
    {
      selector: 'node[review = "rejected"]',
      style: {
        "background-opacity": 0.3,
        "border-color": "#b00020",
        "border-style": "dashed",
        "border-width": 2.5,
      },
    },
    { selector: 'edge[review = "rejected"]', style: { opacity: 0.3, "line-style": "dashed" } },
    { selector: "node:selected", style: { "border-width": 5, "border-color": "#111827" } },
    { selector: "edge:selected", style: { "line-color": "#111827", opacity: 1 } },
    { selector: ".faded", style: { opacity: 0.18, "text-opacity": 0.3 } },
    { selector: "node.highlighted", style: { "border-width": 5, "border-color": "#F5B700", "z-index": 10 } },
    { selector: "edge.highlighted", style: { "line-color": "#F5B700", opacity: 1, width: 6, "z-index": 10 } },
    {
      selector: "node.found",
      style: { "overlay-color": "#F5B700", "overlay-opacity": 0.35, "overlay-padding": 8 },
    },
  ];
}
