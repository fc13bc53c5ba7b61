/** An answer as a table: sortable by any column (click the header), each node a link to select it. */
import { useMemo, useState } from "react";
import type { NodeRef } from "../../../../model/api.ts";
import type { Provenance } from "../../../../model/graph.ts";
import type { Cell, ColumnKind, QuestionAnswer, QuestionColumn } from "../../../../model/questionAnswer.ts";
import { listText } from "../../i18n/counts.ts";
import { type PhraseKey, useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";

interface Sort {
  key: string;
  descending: boolean;
}

/** A sortable value per kind: names by the interface language, lists by length, missing dates last. */
function sortValue(kind: ColumnKind, cell: Cell, nameOf: (n: NodeRef) => string): string | number {
  if (cell === null) return kind === "count" ? -1 : "\uffff";
  if (kind === "node") return nameOf(cell as NodeRef);
  if (kind === "nodes") return (cell as NodeRef[]).length;
  if (kind === "quote") return (cell as Provenance).quote;
  return cell as string | number;
}

function CellView({ kind, cell }: { kind: ColumnKind; cell: Cell }) {
  const { name, lang } = useT();
  const select = (id: string) => useViewStore.getState().set({ selected: id as NodeRef["id"] });
  if (cell === null || cell === "") return <span className="q-none">—</span>;
  if (kind === "node") {
    const node = cell as NodeRef;
    return (
      <button type="button" className="linklike" onClick={() => select(node.id)}>
        {name(node.name)}
      </button>
    );
  }
  // Joined as the interface language joins a list ("A, B and C"; "أ وب وج").
  if (kind === "nodes")
    return (
      <>
        {listText(
          lang,
          (cell as NodeRef[]).map((n) => name(n.name)),
        )}
      </>
    );
  if (kind === "quote") return <q dir="rtl">{(cell as Provenance).quote}</q>;
  // Dates and date lists keep their left-to-right order inside Arabic text.
  if (kind === "date" || typeof cell === "string") return <bdi dir="ltr">{String(cell)}</bdi>;
  return <>{String(cell)}</>;
}

export function AnswerTable({ answer }: { answer: QuestionAnswer }) {
  const { t, name } = useT();
  const [sort, setSort] = useState<Sort | null>(null);
  const rows = useMemo(() => {
    if (!sort) return answer.rows;
    const column = answer.columns.find((c) => c.key === sort.key);
    if (!column) return answer.rows;
    const value = (r: (typeof answer.rows)[number]) =>
      sortValue(column.kind, r[column.key] ?? null, (n) => name(n.name));
    const sign = sort.descending ? -1 : 1;
    return [...answer.rows].sort((a, b) => {
      const [va, vb] = [value(a), value(b)];
      return (
        sign *
        (typeof va === "number" && typeof vb === "number" ? va - vb : String(va).localeCompare(String(vb)))
      );
    });
  }, [answer, sort, name]);
  const label = (c: QuestionColumn) => t(`qCol_${c.key}` as PhraseKey);
  const toggle = (key: string) =>
    setSort((s) => (s?.key === key ? { key, descending: !s.descending } : { key, descending: false }));
  return (
    <table className="q-table" data-testid="question-table">
      <thead>
        <tr>
          {answer.columns.map((c) => (
            <th
              key={c.key}
              scope="col"
              aria-sort={sort?.key !== c.key ? "none" : sort.descending ? "descending" : "ascending"}
            >
              <button type="button" onClick={() => toggle(c.key)} title={t("qSortBy", { column: label(c) })}>
                {label(c)}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          // Rows have no id of their own, but no two rows of an answer are the same.
          <tr key={JSON.stringify(row)} data-testid="question-row">
            {answer.columns.map((c) => (
              <td key={c.key} data-column={c.key}>
                <CellView kind={c.kind} cell={row[c.key] ?? null} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
