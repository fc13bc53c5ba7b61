/** The visible graph as two accessible, sortable tables: an alternative to the canvas. */
import { useMemo } from "react";
import { useVisibleGraph } from "../../graph/useVisibleGraph.ts";
import { useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";
import { StatusOverlay } from "../../ui/StatusOverlay.tsx";
import { StatusBadge, useStatusText } from "../Review/StatusBadge.tsx";
import { type Column, SortableTable } from "./SortableTable.tsx";
import { type EdgeRow, edgeRows, type NodeRow, nodeRows } from "./tableRows.ts";

export function TableView() {
  const { t, lang } = useT();
  const { data, isLoading, error, refetch } = useVisibleGraph();
  const statusText = useStatusText();
  const nodes = useMemo(() => (data ? nodeRows(data, lang) : []), [data, lang]);
  const edges = useMemo(() => (data ? edgeRows(data, lang) : []), [data, lang]);
  if (isLoading) return <StatusOverlay inline kind="loading" message={t("loading")} />;
  if (error && !data) return <StatusOverlay inline kind="error" message={error.message} onRetry={refetch} />;

  const nodeColumns: Column<NodeRow>[] = [
    {
      key: "name",
      label: t("colName"),
      render: (r) => (
        <button type="button" className="link" onClick={() => useViewStore.getState().select(r.id)}>
          {r.name}
        </button>
      ),
    },
    { key: "kind", label: t("colKind"), render: (r) => t(`k_${r.kind}`) },
    { key: "date", label: t("colDate") },
    { key: "degree", label: t("colDegree") },
    {
      key: "status",
      label: t("colStatus"),
      render: (r) => <StatusCell review={r.review} text={statusText} />,
    },
  ];
  const edgeColumns: Column<EdgeRow>[] = [
    { key: "source", label: t("colSource") },
    { key: "kind", label: t("colKind") },
    { key: "target", label: t("colTarget") },
    { key: "weight", label: t("colWeight") },
    { key: "dates", label: t("colDate") },
    { key: "evidence", label: t("colEvidence") },
    {
      key: "status",
      label: t("colStatus"),
      render: (r) => <StatusCell review={r.review} text={statusText} />,
    },
  ];
  return (
    <div className="table-view" data-testid="table-view">
      <SortableTable
        caption={t("tableNodes", { count: nodes.length })}
        columns={nodeColumns}
        rows={nodes}
        rowKey={(r) => r.id}
        initial={{ key: "degree", dir: "desc" }}
      />
      <SortableTable
        caption={t("tableEdges", { count: edges.length })}
        columns={edgeColumns}
        rows={edges}
        rowKey={(r) => r.id}
        initial={{ key: "weight", dir: "desc" }}
      />
    </div>
  );
}

/** The badge, plus the status in words so the column reads (and sorts) without hovering. */
function StatusCell({ review, text }: { review: EdgeRow["review"]; text: ReturnType<typeof useStatusText> }) {
  return (
    <span className="status-cell">
      <StatusBadge review={review} /> <span className="muted">{text(review)}</span>
    </span>
  );
}
