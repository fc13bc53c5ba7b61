/**
 * An answer as CSV for spreadsheets: a byte-order mark and CRLF so they read Arabic, each node as its
 * name in the interface language beside its id, formula-like cells neutralised (model/csv.ts).
 */
import type { NodeRef } from "../../../../model/api.ts";
import { csvCell } from "../../../../model/csv.ts";
import type { Provenance } from "../../../../model/graph.ts";
import type { Cell, QuestionAnswer } from "../../../../model/questionAnswer.ts";

type NameOf = (node: NodeRef) => string;

function cellsOf(kind: string, cell: Cell, nameOf: NameOf): unknown[] {
  if (kind === "node") return cell ? [nameOf(cell as NodeRef), (cell as NodeRef).id] : ["", ""];
  if (kind === "nodes") return [((cell as NodeRef[] | null) ?? []).map(nameOf).join("; ")];
  if (kind === "quote") return [(cell as Provenance | null)?.quote ?? ""];
  return [cell];
}

export function answerCsv(answer: QuestionAnswer, nameOf: NameOf): string {
  const header = answer.columns.flatMap((c) => (c.kind === "node" ? [c.key, `${c.key}_id`] : [c.key]));
  const lines = [
    header,
    ...answer.rows.map((row) => answer.columns.flatMap((c) => cellsOf(c.kind, row[c.key] ?? null, nameOf))),
  ];
  return `\uFEFF${lines.map((fields) => fields.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
