/**
 * The audit log: every change, newest first, filtered by who, what and when, with a CSV download of
 * exactly what is listed.
 */
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { type AuditFilters, auditQuery, auditUrl, NO_AUDIT_FILTERS } from "../../api/curation.ts";
import { useT } from "../../i18n/useT.ts";
import { useDebounced } from "../Search/useDebounced.ts";
import { HistoryEntry } from "./HistoryEntry.tsx";

export function AuditLog() {
  const { t, lang } = useT();
  const id = useId();
  const [draft, setDraft] = useState<AuditFilters>(NO_AUDIT_FILTERS);
  const filters = useDebounced(draft, 250);
  const audit = useQuery({ ...auditQuery(filters), placeholderData: (prev) => prev });
  const field = (key: keyof AuditFilters, label: string, type = "text") => (
    <label htmlFor={`${id}-${key}`}>
      {label}
      <input
        id={`${id}-${key}`}
        type={type}
        lang={lang}
        dir="auto"
        data-testid={`audit-${key}`}
        value={draft[key]}
        onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))}
      />
    </label>
  );
  return (
    <section className="audit-log" aria-labelledby={`${id}-title`} data-testid="audit-log">
      <h2 id={`${id}-title`}>{t("audit")}</h2>
      <div className="audit-filters">
        {field("by", t("auditBy"))}
        {field("target", t("auditTarget"))}
        {field("from", t("auditSince"), "date")}
        {field("to", t("auditUntil"), "date")}
        <a href={auditUrl(filters, "csv", 5000)} download="audit.csv" data-testid="audit-csv">
          {t("downloadCsv")}
        </a>
      </div>
      {audit.error && <p role="alert">{audit.error.message}</p>}
      {audit.data && audit.data.entries.length === 0 && <p className="muted">{t("auditEmpty")}</p>}
      <ol className="history-list">
        {audit.data?.entries.map((e) => (
          <HistoryEntry key={e.id} entry={e} />
        ))}
      </ol>
    </section>
  );
}
