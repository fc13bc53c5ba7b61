/**
 * The review queue as the panel works it: the server's page minus the events already decided here
 * (so a fast reviewer never acts twice on a row the refetch has not dropped yet), the one in focus,
 * the ones ticked for bulk confirm, and the writes.
 */
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { ReviewQueueItem } from "../../../../model/curation.ts";
import { curationApi, reviewQueueQuery } from "../../api/curation.ts";
import { useCuration } from "../../api/useCuration.ts";

export type Decision = "confirmed" | "rejected";

export function useReviewQueue(pageSize = 50) {
  const query = useQuery(reviewQueueQuery(pageSize));
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState(0);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const page = query.data;
  const items = (page?.items ?? []).filter((i) => !decided.has(i.event.id));
  const left = page ? page.remaining - (page.items.length - items.length) : 0;
  const at = Math.min(active, Math.max(0, items.length - 1));
  const current: ReviewQueueItem | undefined = items[at];

  const mark = (ids: string[], on: boolean) =>
    setDecided((s) => {
      const next = new Set(s);
      for (const id of ids) on ? next.add(id) : next.delete(id);
      return next;
    });

  const status = useCuration(curationApi.setStatus);
  const bulk = useCuration(curationApi.bulkConfirm);

  const decide = (item: ReviewQueueItem, decision: Decision) => {
    mark([item.event.id], true);
    status.mutate(
      { target: { kind: "event", id: item.event.id }, status: decision, version: item.review.version },
      { onError: () => mark([item.event.id], false) },
    );
  };

  const confirmTicked = () => {
    const chosen = items.filter((i) => ticked.has(i.event.id));
    if (chosen.length === 0) return;
    const ids = chosen.map((i) => i.event.id);
    mark(ids, true);
    setTicked(new Set());
    bulk.mutate(
      { items: chosen.map((i) => ({ kind: "event", id: i.event.id, version: i.review.version })) },
      { onError: () => mark(ids, false) },
    );
  };

  const toggleTick = (id: string) =>
    setTicked((s) => {
      const next = new Set(s);
      next.has(id) ? next.delete(id) : next.add(id);
      return next;
    });

  return {
    query,
    items,
    left,
    at,
    current,
    ticked,
    move: (by: number) => setActive(Math.max(0, Math.min(items.length - 1, at + by))),
    moveTo: setActive,
    decide,
    toggleTick,
    confirmTicked,
    error: status.error ?? bulk.error,
    clearError: () => {
      status.reset();
      bulk.reset();
    },
    /** After a reload the server's versions are current again; forget local decisions. */
    forget: () => setDecided(new Set()),
  };
}
