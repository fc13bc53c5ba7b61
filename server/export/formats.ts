/** One export format → the file body, its content type and download name. */
import type { ExportFormat, GraphPayload } from "../../model/api.ts";
import { edgesCsv, nodesCsv } from "./csv.ts";
import { toGexf } from "./gexf.ts";
import { toGraphml } from "./graphml.ts";

export interface ExportFile {
  body: string;
  contentType: string;
  filename: string;
}

/** Edges whose ends the limit cut off would make GraphML and GEXF files invalid. */
export function withoutDanglingEdges(payload: GraphPayload): GraphPayload {
  const ids = new Set<string>(payload.nodes.map((n) => n.id));
  const edges = payload.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return edges.length === payload.edges.length ? payload : { ...payload, edges };
}

export function renderExport(format: ExportFormat, raw: GraphPayload, basename: string): ExportFile {
  const payload = withoutDanglingEdges(raw);
  switch (format) {
    case "json":
      return {
        body: JSON.stringify(payload),
        contentType: "application/json; charset=utf-8",
        filename: `${basename}.json`,
      };
    case "graphml":
      return {
        body: toGraphml(payload),
        contentType: "application/graphml+xml; charset=utf-8",
        filename: `${basename}.graphml`,
      };
    case "gexf":
      return {
        body: toGexf(payload),
        contentType: "application/gexf+xml; charset=utf-8",
        filename: `${basename}.gexf`,
      };
    case "csv-nodes":
      return {
        body: nodesCsv(payload),
        contentType: "text/csv; charset=utf-8",
        filename: `${basename}-nodes.csv`,
      };
    case "csv-edges":
      return {
        body: edgesCsv(payload),
        contentType: "text/csv; charset=utf-8",
        filename: `${basename}-edges.csv`,
      };
  }
}
