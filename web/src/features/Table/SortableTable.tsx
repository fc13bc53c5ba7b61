/**
 * A table whose column headers are sort buttons (aria-sort tells screen readers the order). Long tables
 * (14,512 rows on a 465-article corpus took 2.4 s to render) draw only the rows in view.
 */
import { type ReactNode, useRef, useState } from "react";
import { useT } from "../../i18n/useT.ts";
import { useWindowedRows, VIRTUAL_FROM } from "../../ui/windowedRows.ts";
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
  const scroller = useRef<HTMLDivElement>(null);
  const table = (
    <table className="data-table" aria-rowcount={sorted.length + 1}>
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
        {sorted.length > VIRTUAL_FROM ? (
          <VirtualRows rows={sorted} columns={columns} rowKey={rowKey} scroller={scroller} />
        ) : (
          sorted.map((row, i) => <Row key={rowKey(row)} row={row} columns={columns} index={i} />)
        )}
      </tbody>
    </table>
  );
  if (sorted.length <= VIRTUAL_FROM) return table;
  return (
    <div ref={scroller} className="table-scroll" style={{ maxHeight: "70vh", overflow: "auto" }}>
      {table}
    </div>
  );
}

export { VIRTUAL_FROM };

const ROW_PX = 30;

function Row<R>({ row, columns, index }: { row: R; columns: Column<R>[]; index: number }) {
  return (
    <tr aria-rowindex={index + 2}>
      {columns.map((c) => (
        <td key={c.key} dir="auto">
          {c.render ? c.render(row) : String(row[c.key])}
        </td>
      ))}
    </tr>
  );
}

function VirtualRows<R>(props: {
  rows: R[];
  columns: Column<R>[];
  rowKey: (row: R) => string;
  scroller: React.RefObject<HTMLDivElement | null>;
}) {
  const { rows, columns, rowKey, scroller } = props;
  // Nothing is kept drawn out of view here, so the drawn rows are contiguous and spacers can stand in.
  const { virtual, items } = useWindowedRows(rows.length, ROW_PX, scroller);
  const top = items[0]?.start ?? 0;
  const bottom = virtual.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <>
      {top > 0 && <tr className="spacer" style={{ height: top }} />}
      {items.map((item) => (
        <Row key={rowKey(rows[item.index]!)} row={rows[item.index]!} columns={columns} index={item.index} />
      ))}
      {bottom > 0 && <tr className="spacer" style={{ height: bottom }} />}
    </>
  );
}
