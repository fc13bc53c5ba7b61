/** The visible graph as downloadable JSON and CSV (nodes and edges), built from the payload. */
import type { GraphPayload } from "../../../model/api.ts";
import { csvCell } from "../../../model/csv.ts";
import type { Review } from "../../../model/graph.ts";
import { statusOf } from "./reviewStatus.ts";

/** Review status, who and when: every export says which facts a person has checked. */
const REVIEW_HEADER = ["review_status", "reviewed_by", "reviewed_at"];
const reviewFields = (r: Review | undefined) => [statusOf({ review: r }), r?.by, r?.at];

export function toJson(graph: GraphPayload): string {
  return JSON.stringify({ nodes: graph.nodes, edges: graph.edges }, null, 2);
}

/** The API's CSV rule (model/csv.ts), formula neutralising included. */
const row = (fields: unknown[]) => fields.map(csvCell).join(",");

/**
 * A byte-order mark and CRLF line ends: without the mark Excel reads UTF-8 as the local code page and
 * Arabic names turn to mojibake; CRLF is what RFC 4180 and spreadsheet programs expect.
 */
export const BOM = "\uFEFF";
const csvFile = (lines: string[]) => `${BOM}${lines.join("\r\n")}\r\n`;

const NODE_HEADER = ["id", "kind", "name_ar", "name_en", "date", "date_from", "date_to", "date_uncertain"];
export function nodesCsv(graph: GraphPayload): string {
  const lines = [row([...NODE_HEADER, "event_type", "confidence", "cues", ...REVIEW_HEADER])];
  for (const n of graph.nodes) {
    const dates = [n.date, n.dateFrom, n.dateTo, n.dateUncertain];
    lines.push(
      row([
        ...[n.id, n.kind, n.name.ar, n.name.en, ...dates, n.eventType, n.confidence, n.cues?.join("|")],
        ...reviewFields(n.review),
      ]),
    );
  }
  return csvFile(lines);
}

/** `kind` tells a meeting in person (MET) from a call (SPOKE_WITH); weight counts occasions. */
const EDGE_HEADER = ["id", "kind", "source", "target", "weight", "first_date", "last_date", "evidence"];
export function edgesCsv(graph: GraphPayload): string {
  const lines = [row([...EDGE_HEADER, "inferred", "date_uncertain", "confidence", ...REVIEW_HEADER])];
  for (const e of graph.edges) {
    const tie = [e.weight, e.firstDate, e.lastDate, e.evidence.length, e.inferred, e.dateUncertain];
    lines.push(row([e.id, e.kind, e.source, e.target, ...tie, e.confidence, ...reviewFields(e.review)]));
  }
  return csvFile(lines);
}
