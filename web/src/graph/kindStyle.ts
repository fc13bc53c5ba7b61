/**
 * How each node kind looks: colour (Okabe–Ito, readable by colour-blind users), Cytoscape shape and a
 * glyph. The legend and the canvas both read this table, so they cannot drift apart.
 */
import type { EdgeKind, NodeKind } from "../../../model/kinds.ts";
import { ICONS } from "./icons.ts";

export interface KindLook {
  color: string;
  shape: "ellipse" | "round-rectangle" | "diamond" | "hexagon" | "barrel" | "octagon" | "rectangle";
  icon: string;
}

export const KIND_LOOK: Record<NodeKind, KindLook> = {
  Person: { color: "#0072B2", shape: "ellipse", icon: ICONS.person },
  Country: { color: "#B8860B", shape: "round-rectangle", icon: ICONS.flag },
  Place: { color: "#009E73", shape: "diamond", icon: ICONS.pin },
  Organization: { color: "#A0527E", shape: "hexagon", icon: ICONS.building },
  Topic: { color: "#4A6FA5", shape: "barrel", icon: ICONS.tag },
  Event: { color: "#D55E00", shape: "octagon", icon: ICONS.calendar },
  Article: { color: "#5F6B7A", shape: "rectangle", icon: ICONS.page },
};

export const EDGE_COLOR: Record<EdgeKind, string> = {
  PARTICIPATED_IN: "#8A9BB0",
  HELD_IN: "#7FB8A4",
  DISCUSSED: "#A3B4D6",
  REPORTED_IN: "#B9B9B9",
  MENTIONS: "#C8C8C8",
  HOLDS_OFFICE: "#C9A86A",
  LOCATED_IN: "#9CCFB9",
  MET: "#2F6DB5",
  SPOKE_WITH: "#8E5BB5",
};

/** Distinct colours for Louvain communities; the index wraps for very many communities. */
const COMMUNITY_PALETTE = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#E69F00",
  "#56B4E9",
  "#8C564B",
  "#7F7F7F",
  "#BCBD22",
  "#17BECF",
];

export const communityColor = (community: number) =>
  COMMUNITY_PALETTE[
    ((community % COMMUNITY_PALETTE.length) + COMMUNITY_PALETTE.length) % COMMUNITY_PALETTE.length
  ];
