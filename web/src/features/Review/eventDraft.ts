/**
 * The event editor's draft and the changes it amounts to. Only what the editor actually changed is
 * sent, so an edit never overwrites a field with the value it already had (and the audit shows only
 * the real change).
 */
import type { NodeRef } from "../../../../model/api.ts";
import type { EventChanges, ReviewQueueItem } from "../../../../model/curation.ts";
import type { Review } from "../../../../model/graph.ts";
import type { DatePrecision, EventType } from "../../../../model/kinds.ts";

export interface EventDraft {
  type: EventType;
  date: string;
  datePrecision: DatePrecision | "";
  dateFrom: string;
  dateTo: string;
  place: NodeRef | null;
  participants: NodeRef[];
  topics: NodeRef[];
  planned: boolean;
}

/** An event as either the queue or the details panel has it. */
export type EditableEvent = Pick<ReviewQueueItem, "event" | "place" | "topics"> & {
  participants: NodeRef[];
  review?: Review;
};

export function draftOf(item: EditableEvent): EventDraft {
  const e = item.event;
  return {
    type: e.eventType ?? "Meeting",
    date: e.date ?? "",
    datePrecision: e.datePrecision ?? "",
    dateFrom: e.dateFrom ?? "",
    dateTo: e.dateTo ?? "",
    place: item.place,
    participants: item.participants.map(({ id, kind, name }) => ({ id, kind, name })),
    topics: item.topics,
    planned: e.planned === true,
  };
}

const orNull = (s: string) => (s.trim() === "" ? null : s.trim());
const ids = (refs: readonly NodeRef[]) => refs.map((r) => r.id as string);

/** null when nothing changed (the server refuses an empty change). */
export function changesOf(before: EventDraft, after: EventDraft): EventChanges | null {
  const c: EventChanges = {};
  if (after.type !== before.type) c.type = after.type;
  if (after.date !== before.date) c.date = orNull(after.date);
  if (after.datePrecision !== before.datePrecision) c.datePrecision = after.datePrecision || null;
  if (after.dateFrom !== before.dateFrom) c.dateFrom = orNull(after.dateFrom);
  if (after.dateTo !== before.dateTo) c.dateTo = orNull(after.dateTo);
  if ((after.place?.id ?? null) !== (before.place?.id ?? null)) c.place = after.place?.id ?? null;
  const was = new Set(ids(before.participants));
  const now = new Set(ids(after.participants));
  const added = [...now].filter((id) => !was.has(id));
  const removed = [...was].filter((id) => !now.has(id));
  if (added.length) c.addParticipants = added.map((id) => ({ id }));
  if (removed.length) c.removeParticipants = removed;
  const topicsBefore = ids(before.topics).sort().join(",");
  if (ids(after.topics).sort().join(",") !== topicsBefore) c.topics = ids(after.topics);
  if (after.planned !== before.planned) c.planned = after.planned;
  return Object.keys(c).length > 0 ? c : null;
}
