/** The History section of a node or event: every change that touched it, oldest first, newest on top. */
import { useQuery } from "@tanstack/react-query";
import { historyQuery } from "../../api/curation.ts";
import { useT } from "../../i18n/useT.ts";
import { HistoryEntry } from "./HistoryEntry.tsx";

export function HistorySection({ id }: { id: string }) {
  const { t } = useT();
  const history = useQuery(historyQuery(id));
  const entries = [...(history.data ?? [])].reverse();
  return (
    <details className="history" data-testid="history">
      <summary>
        {t("history")}
        {history.data ? ` (${history.data.length})` : ""}
      </summary>
      {history.error && <p className="muted">{history.error.message}</p>}
      {history.data && entries.length === 0 && <p className="muted">{t("historyEmpty")}</p>}
      <ol className="history-list">
        {entries.map((e) => (
          <HistoryEntry key={e.id} entry={e} />
        ))}
      </ol>
    </details>
  );
}
