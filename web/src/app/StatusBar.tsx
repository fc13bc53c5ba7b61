/** The footer: how much of the graph is drawn, and whether the server cut it short. */
import { useVisibleGraph } from "../graph/useVisibleGraph.ts";
import { useT } from "../i18n/useT.ts";

export function StatusBar() {
  const { t } = useT();
  const { data, error } = useVisibleGraph();
  return (
    <footer className="status-bar" role="status" data-testid="status-bar">
      {data
        ? t("status", { nodes: data.nodes.length, edges: data.edges.length })
        : error
          ? t("errorTitle")
          : t("loading")}
      {data?.truncated && (
        <span className="muted"> · {t("statusTruncated", { total: data.total.nodes })}</span>
      )}
    </footer>
  );
}
