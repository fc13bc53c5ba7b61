/** The audit log as CSV: one row per change, before/after as JSON cells, formula cells neutralised. */
import type { AuditEntry } from "../../model/curation.ts";
import type { Column } from "./columns.ts";
import { toCsv } from "./csv.ts";

const json = (value: unknown) => JSON.stringify(value);

const AUDIT_COLUMNS: Column<AuditEntry>[] = [
  { name: "id", type: "string", get: (e) => e.id },
  { name: "at", type: "string", get: (e) => e.at },
  { name: "by", type: "string", get: (e) => e.by },
  { name: "action", type: "string", get: (e) => e.action },
  { name: "targetKind", type: "string", get: (e) => e.target.kind },
  { name: "targetId", type: "string", get: (e) => e.target.id },
  { name: "reason", type: "string", get: (e) => e.reason },
  { name: "revertOf", type: "string", get: (e) => e.revertOf },
  { name: "revertedBy", type: "string", get: (e) => e.revertedBy ?? null },
  { name: "before", type: "string", get: (e) => json(e.before) },
  { name: "after", type: "string", get: (e) => json(e.after) },
];

export const auditCsv = (entries: readonly AuditEntry[]) => toCsv(AUDIT_COLUMNS, entries);
