/** The visible graph as downloadable JSON and CSV (nodes and edges), built from the payload. */
import type { GraphPayload } from "../../../model/api.ts";

export function toJson(graph: GraphPayload): string {
  return JSON.stringify({ nodes: graph.nodes, edges: graph.edges }, null, 2);
}

/** RFC 4180 quoting: quotes doubled, fields with commas, quotes or newlines wrapped. */
export function csvField(value: unknown): string {
  const s = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const row = (fields: unknown[]) => fields.map(csvField).join(",");

export function nodesCsv(graph: GraphPayload): string {
  const lines = [row(["id", "kind", "name_ar", "name_en", "date", "event_type"])];
  for (const n of graph.nodes) lines.push(row([n.id, n.kind, n.name.ar, n.name.en, n.date, n.eventType]));
  return `${lines.join("\n")}\n`;
}

export function edgesCsv(graph: GraphPayload): string {
  const lines = [row(["id", "kind", "source", "target", "weight", "first_date", "last_date", "evidence"])];
  for (const e of graph.edges)
    lines.push(row([e.id, e.kind, e.source, e.target, e.weight, e.firstDate, e.lastDate, e.evidence.length]));
  return `${lines.join("\n")}\n`;
}
