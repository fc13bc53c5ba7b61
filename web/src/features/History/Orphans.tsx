/**
 * Corrections whose fact a reseed no longer produces: kept (never silently dropped) and listed here
 * with the server's reason, so an editor can redo them by hand.
 */
import { useQuery } from "@tanstack/react-query";
import { orphansQuery } from "../../api/curation.ts";
import { useT } from "../../i18n/useT.ts";
import { HistoryEntry } from "./HistoryEntry.tsx";

export function Orphans() {
  const { t } = useT();
  const orphans = useQuery(orphansQuery());
  if (!orphans.data || orphans.data.length === 0) return null;
  return (
    <section className="orphans" data-testid="orphans">
      <h3>{t("orphans", { count: orphans.data.length })}</h3>
      <p className="muted">{t("orphanNote")}</p>
      <ol className="history-list">
        {orphans.data.map((o) => (
          <li key={o.entry.id}>
            <p className="orphan-reason" dir="auto">
              {o.reason}
            </p>
            <ol className="history-list">
              <HistoryEntry entry={o.entry} />
            </ol>
          </li>
        ))}
      </ol>
    </section>
  );
}
