/**
 * The curation endpoints: query factories for what editors read (review queue, audit log, history,
 * orphaned corrections) and one function per write. Writes go through `postJson` so the CSRF header
 * (client.ts) and the ApiError with its body (409 conflicts) come for free.
 */
import { queryOptions } from "@tanstack/react-query";
import type {
  AuditEntry,
  AuditPage,
  BulkConfirmBody,
  CurationResult,
  EntityEditBody,
  EventAddBody,
  EventEditBody,
  MergeBody,
  OfficeAddBody,
  OfficeEditBody,
  OrphanedCorrection,
  ReviewQueuePage,
  SplitBody,
  StatusBody,
} from "../../../model/curation.ts";
import { apiUrl, fetchJson } from "./client.ts";

export const reviewQueueQuery = (limit = 50, offset = 0) =>
  queryOptions({
    queryKey: ["review-queue", { limit, offset }] as const,
    queryFn: ({ signal }) =>
      fetchJson<ReviewQueuePage>(apiUrl("review/queue", { limit, offset }), { signal }),
  });

export interface AuditFilters {
  by: string;
  target: string;
  from: string;
  to: string;
}

export const NO_AUDIT_FILTERS: AuditFilters = { by: "", target: "", from: "", to: "" };

/** The CSV link uses the same filters as the list, so the download is what the editor sees. */
export const auditUrl = (f: AuditFilters, format: "json" | "csv", limit = 200) =>
  apiUrl("audit", { ...f, format: format === "csv" ? "csv" : undefined, limit });

export const auditQuery = (f: AuditFilters, limit = 200) =>
  queryOptions({
    queryKey: ["audit", f, limit] as const,
    queryFn: ({ signal }) => fetchJson<AuditPage>(auditUrl(f, "json", limit), { signal }),
  });

export const historyQuery = (id: string) =>
  queryOptions({
    queryKey: ["history", id] as const,
    queryFn: ({ signal }) =>
      fetchJson<AuditEntry[]>(apiUrl(`nodes/${encodeURIComponent(id)}/history`), { signal }),
  });

export const orphansQuery = () =>
  queryOptions({
    queryKey: ["orphans"] as const,
    queryFn: ({ signal }) => fetchJson<OrphanedCorrection[]>(apiUrl("corrections/orphans"), { signal }),
  });

const post = (path: string, body: unknown) =>
  fetchJson<CurationResult>(apiUrl(path), { method: "POST", body: JSON.stringify(body) });

const seg = encodeURIComponent;

/** Every write the web app makes, by name; each answers a CurationResult. */
export const curationApi = {
  setStatus: (body: StatusBody) => post("review/status", body),
  bulkConfirm: (body: BulkConfirmBody) => post("review/confirm", body),
  editEvent: (id: string, body: EventEditBody) => post(`events/${seg(id)}/edit`, body),
  addEvent: (body: EventAddBody) => post("events", body),
  editEntity: (id: string, body: EntityEditBody) => post(`entities/${seg(id)}/edit`, body),
  merge: (id: string, body: MergeBody) => post(`entities/${seg(id)}/merge`, body),
  split: (id: string, body: SplitBody) => post(`entities/${seg(id)}/split`, body),
  addOffice: (body: OfficeAddBody) => post("offices", body),
  editOffice: (id: string, body: OfficeEditBody) => post(`offices/${seg(id)}/edit`, body),
  revert: (entryId: string, reason?: string) => post(`audit/${seg(entryId)}/revert`, { reason }),
};
