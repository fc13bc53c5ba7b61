/** A table whose column headers are sort buttons (aria-sort tells screen readers the order). */
import { type ReactNode, useState } from "react";
import { useT } from "../../i18n/useT.ts";
import { type SortState, sortRows } from "./tableRows.ts";

export interface Column<R> {
  key: keyof R & string;
  label: string;
  render?: (row: R) => ReactNode;
}

interface Props<R> {
  caption: string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  initial: SortState<keyof R & string>;
}

export function SortableTable<R>({ caption, columns, rows, rowKey, initial }: Props<R>) {
  const { t, lang } = useT();
  const [sort, setSort] = useState(initial);
  const sorted = sortRows(rows, sort, lang);
  const toggle = (key: keyof R & string) =>
    setSort((s) => ({ key, dir: s.key === key && s.dir === "asc" ? "desc" : "asc" }));
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th
              key={c.key}
              scope="col"
              aria-sort={sort.key === c.key ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}
            >
              <button type="button" onClick={() => toggle(c.key)} aria-label={t("sortBy", { col: c.label })}>
                {c.label}
                <span aria-hidden="true">{sort.key === c.key ? (sort.dir === "asc" ? " ▲" : " ▼") : ""}</span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c) => (
              <td key={c.key} dir="auto">
                {c.render ? c.render(row) : String(row[c.key])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
