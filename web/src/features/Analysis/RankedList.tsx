/** A ranked list of nodes with their score; clicking a name selects the node. */
import type { RankedNode } from "../../analysis/graphMetrics.ts";
import { useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";

interface Props {
  title: string;
  rows: RankedNode[];
  format: (value: number) => string;
  testId: string;
}

export function RankedList({ title, rows, format, testId }: Props) {
  const { t, name } = useT();
  const selected = useViewStore((s) => s.selected);
  return (
    <div className="ranked">
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p className="feature-empty">{t("f_nothingRanked")}</p>
      ) : (
        <ol className="ranked-list" data-testid={testId}>
          {rows.map((row) => (
            <li key={row.node.id} data-node-id={row.node.id}>
              <button
                type="button"
                className="ranked-button"
                aria-current={row.node.id === selected || undefined}
                onClick={() => useViewStore.getState().select(row.node.id)}
              >
                <span dir="auto">{name(row.node.name)}</span>
                <span className="ranked-value">{format(row.value)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
