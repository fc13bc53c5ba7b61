/** Reading the audit log: filters, paging, history of one fact, and which entries were reverted. */
import type { AuditEntry, AuditPage, AuditQuery } from "../../../model/curation.ts";

/** A day bound covers the whole day: `to=2026-12-07` includes that day's afternoon. */
const lowerBound = (t: string) => (t.length <= 10 ? `${t}-01-01`.slice(0, 10) : new Date(t).toISOString());
const upperBound = (t: string) =>
  t.length <= 10 ? `${`${t}-12-31`.slice(0, 10)}T23:59:59.999Z` : new Date(t).toISOString();

/** Marks each entry with the entry that reverted it, if any. */
export function withReverts(entries: AuditEntry[]): AuditEntry[] {
  const by = new Map(entries.flatMap((e) => (e.revertOf ? [[e.revertOf, e.id] as const] : [])));
  return entries.map((e) => ({ ...e, revertedBy: by.get(e.id) ?? null }));
}

export function auditPage(entries: AuditEntry[], q: Omit<AuditQuery, "format">): AuditPage {
  const from = q.from ? lowerBound(q.from) : null;
  const to = q.to ? upperBound(q.to) : null;
  const matching = withReverts(entries)
    .filter(
      (e) =>
        (!q.by || e.by === q.by) &&
        (!q.target || e.target.id === q.target || e.touched.includes(q.target)) &&
        (!from || e.at >= from) &&
        (!to || e.at <= to),
    )
    .reverse();
  return { entries: matching.slice(q.offset, q.offset + q.limit), total: matching.length };
}

export const historyOf = (entries: AuditEntry[], id: string) =>
  withReverts(entries).filter((e) => e.target.id === id || e.touched.includes(id));
