/** RFC 4180 CSV of the export columns: one file for nodes, one for edges. */
import type { GraphPayload } from "../../model/api.ts";
import { type Cell, type Column, EDGE_COLUMNS, NODE_COLUMNS } from "./columns.ts";

/** Cells a spreadsheet would run as a formula get a leading apostrophe (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<T>(columns: Column<T>[], items: readonly T[]): string {
  const header = columns.map((c) => csvCell(c.name)).join(",");
  const rows = items.map((item) => columns.map((c) => csvCell(c.get(item))).join(","));
  return `${[header, ...rows].join("\r\n")}\r\n`;
}

export const nodesCsv = (payload: GraphPayload) => toCsv(NODE_COLUMNS, payload.nodes);
export const edgesCsv = (payload: GraphPayload) => toCsv(EDGE_COLUMNS, payload.edges);
