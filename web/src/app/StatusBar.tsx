/** The footer: how much of the graph is drawn (and whether the server cut it short), and its exports. */
import { ExportButtons } from "../features/Toolbar/ExportButtons.tsx";
import { useVisibleGraph } from "../graph/useVisibleGraph.ts";
import { useT } from "../i18n/useT.ts";

export function StatusBar() {
  const { t } = useT();
  const { data, error } = useVisibleGraph();
  const summary = data
    ? t("status", { nodes: data.nodes.length, edges: data.edges.length })
    : error
      ? t("errorTitle")
      : t("loading");
  return (
    <footer className="status-bar">
      <span role="status" data-testid="status-bar">
        {summary}
        {data?.truncated && (
          <span className="muted"> · {t("statusTruncated", { total: data.total.nodes })}</span>
        )}
      </span>
      <ExportButtons />
    </footer>
  );
}
