/**
 * API payload → Cytoscape element definitions. Only plain data goes into `data`; everything visual is
 * derived by the stylesheet from it, so a language or metric change updates data fields by id.
 */
import type { ElementDefinition } from "cytoscape";
import type { GraphPayload } from "../../../model/api.ts";
import type { GraphEdge, GraphNode } from "../../../model/graph.ts";
import type { Language } from "../../../model/kinds.ts";
import { displayName, translate } from "../i18n/useT.ts";
import { eventDateText } from "./eventDates.ts";
import { statusOf } from "./reviewStatus.ts";

/**
 * What the canvas shows under a node: its name; for an event only its type and date (or the interval it
 * lies in), because the participants are its neighbours on the canvas and a full "Meeting: A – B" label
 * would crowd them. A "?" marks an event that may lie outside the chosen time range.
 */
export function nodeLabel(node: GraphNode, lang: Language): string {
  if (node.kind !== "Event") return displayName(node.name, lang);
  const type = node.eventType ? translate(lang, `et_${node.eventType}`) : displayName(node.name, lang);
  const head = node.planned ? translate(lang, "et_planned", { type }) : type;
  const when = eventDateText(node, lang);
  const label = when ? `${head}\n${when}` : head;
  return node.dateUncertain ? `${label} ?` : label;
}

export function edgeWeight(edge: GraphEdge): number {
  return edge.weight ?? Math.max(1, edge.evidence.length);
}

/** Node data that can change while the node stays on the canvas (language, time range). */
export const nodeLiveData = (node: GraphNode, lang: Language) => ({
  label: nodeLabel(node, lang),
  /** The full name, for the hover tooltip (event labels are shortened). */
  fullName: displayName(node.name, lang),
  uncertain: node.dateUncertain ? 1 : 0,
  /** Review status (the stylesheet marks confirmed, edited and rejected facts). */
  review: statusOf(node),
});

/** Edge data that can change while the edge stays (a time range changes a tie's weight). */
export const edgeLiveData = (edge: GraphEdge) => ({
  weight: edgeWeight(edge),
  uncertain: edge.dateUncertain ? 1 : 0,
  review: statusOf(edge),
});

export function nodeElement(node: GraphNode, lang: Language): ElementDefinition {
  return {
    group: "nodes",
    data: {
      id: node.id,
      ...nodeLiveData(node, lang),
      kind: node.kind,
      planned: node.planned === true ? 1 : 0,
    },
  };
}

export function edgeElement(edge: GraphEdge): ElementDefinition {
  return {
    group: "edges",
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      kind: edge.kind,
      ...edgeLiveData(edge),
    },
  };
}

export function toElements(payload: GraphPayload, lang: Language): ElementDefinition[] {
  return [...payload.nodes.map((n) => nodeElement(n, lang)), ...payload.edges.map(edgeElement)];
}

export interface ElementDiff {
  add: ElementDefinition[];
  remove: string[];
}

/** What to add and remove so the canvas holding `current` ids shows `next` (plus `extra` elements). */
export function diffElements(
  current: ReadonlySet<string>,
  next: GraphPayload,
  lang: Language,
  extra: readonly ElementDefinition[] = [],
): ElementDiff {
  const wanted = new Set<string>();
  const add: ElementDefinition[] = [];
  const addExtra = (group: "nodes" | "edges") => {
    for (const el of extra) {
      if (el.group !== group) continue;
      const id = String(el.data.id);
      wanted.add(id);
      if (!current.has(id)) add.push(el);
    }
  };
  // Nodes before the edges that reach them.
  addExtra("nodes");
  for (const n of next.nodes) {
    wanted.add(n.id);
    if (!current.has(n.id)) add.push(nodeElement(n, lang));
  }
  for (const e of next.edges) {
    wanted.add(e.id);
    if (!current.has(e.id)) add.push(edgeElement(e));
  }
  addExtra("edges");
  const remove = [...current].filter((id) => !wanted.has(id));
  return { add, remove };
}
