/** One change in a history or the audit log: who, when, what, before → after, why; Revert for editors. */
import type { AuditEntry } from "../../../../model/curation.ts";
import { curationApi } from "../../api/curation.ts";
import { useCanEdit } from "../../api/session.ts";
import { useCuration } from "../../api/useCuration.ts";
import { useT } from "../../i18n/useT.ts";
import { WriteError } from "../Review/WriteError.tsx";
import { entryChanges } from "./entryDiff.ts";

export function HistoryEntry({ entry }: { entry: AuditEntry }) {
  const { t } = useT();
  const canEdit = useCanEdit();
  const revert = useCuration((id: string) => curationApi.revert(id));
  const changes = entryChanges(entry);
  const reverted = !!entry.revertedBy;
  return (
    <li
      className="history-entry"
      data-testid="history-entry"
      data-entry-id={entry.id}
      data-action={entry.action}
    >
      <div className="history-head">
        <strong dir="auto" data-testid="history-by">
          {entry.by}
        </strong>
        <time dateTime={entry.at}>{entry.at.slice(0, 16).replace("T", " ")}</time>
        <span className="history-action" data-testid="history-action">
          {t(`act_${entry.action}`)}
        </span>
        <span className="muted" dir="ltr">
          {entry.target.id}
        </span>
      </div>
      {changes.length > 0 && (
        <ul className="history-changes">
          {changes.map((c) => (
            <li key={`${c.id}:${c.field}`} dir="auto">
              {c.field && <span className="muted">{c.field}: </span>}
              <span className="sr-only">{t("before")}: </span>
              <del>{c.before}</del> → <span className="sr-only">{t("after")}: </span>
              <ins>{c.after}</ins>
            </li>
          ))}
        </ul>
      )}
      {entry.reason && (
        <p className="history-reason" dir="auto">
          “{entry.reason}”
        </p>
      )}
      {canEdit && entry.action !== "revert" && !reverted && (
        <button
          type="button"
          className="link"
          data-testid="history-revert"
          aria-label={t("revertOf", { id: entry.id })}
          disabled={revert.isPending}
          onClick={() => revert.mutate(entry.id)}
        >
          {t("revert")}
        </button>
      )}
      {reverted && <span className="tag">{t("reverted")}</span>}
      <WriteError error={revert.error} />
    </li>
  );
}
