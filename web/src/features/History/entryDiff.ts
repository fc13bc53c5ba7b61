/**
 * What an audit entry changed, as short "field: before → after" lines read off the records it kept.
 * Review bookkeeping (who, when, version) is left out: the entry itself says who and when.
 */
import type { AuditEntry } from "../../../../model/curation.ts";

export interface FieldChange {
  id: string;
  field: string;
  before: string;
  after: string;
}

const SKIP = new Set(["id", "evidence", "review"]);

const show = (v: unknown): string => {
  if (v === undefined || v === null) return "—";
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return v.map(show).join(", ");
  if (typeof v === "object" && v && "ar" in v) {
    const n = v as { ar: string; en: string | null };
    return n.en ? `${n.ar} / ${n.en}` : n.ar;
  }
  return JSON.stringify(v);
};

function recordChanges(id: string, before: object | null, after: object | null): FieldChange[] {
  if (!before || !after)
    return [{ id, field: "", before: before ? "exists" : "—", after: after ? "exists" : "—" }];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const out: FieldChange[] = [];
  const status = (r: Record<string, unknown>) =>
    (r.review as { status?: string } | undefined)?.status ?? "extracted";
  if (status(b) !== status(a)) out.push({ id, field: "status", before: status(b), after: status(a) });
  for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (SKIP.has(field)) continue;
    const was = show(b[field]);
    const now = show(a[field]);
    if (was !== now) out.push({ id, field, before: was, after: now });
  }
  return out;
}

export function entryChanges(entry: AuditEntry, max = 8): FieldChange[] {
  const out: FieldChange[] = [];
  for (const group of ["nodes", "edges"] as const) {
    const ids = new Set([...Object.keys(entry.before[group]), ...Object.keys(entry.after[group])]);
    for (const id of ids)
      out.push(...recordChanges(id, entry.before[group][id] ?? null, entry.after[group][id] ?? null));
  }
  return out.slice(0, max);
}
