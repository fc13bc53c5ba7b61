/** RFC 4180 CSV of the export columns: one file for nodes, one for edges. */
import type { GraphPayload } from "../../model/api.ts";
import { csvCell } from "../../model/csv.ts";
import { type Column, EDGE_COLUMNS, NODE_COLUMNS } from "./columns.ts";

export { csvCell };

export function toCsv<T>(columns: Column<T>[], items: readonly T[]): string {
  const header = columns.map((c) => csvCell(c.name)).join(",");
  const rows = items.map((item) => columns.map((c) => csvCell(c.get(item))).join(","));
  return `${[header, ...rows].join("\r\n")}\r\n`;
}

export const nodesCsv = (payload: GraphPayload) => toCsv(NODE_COLUMNS, payload.nodes);
export const edgesCsv = (payload: GraphPayload) => toCsv(EDGE_COLUMNS, payload.edges);
