/**
 * One hook for every curation write: a TanStack mutation that, once the server has the change, marks
 * every read it can affect as stale (the canvas, timeline, details, queue, history), so a rejected
 * meeting's tie leaves the canvas without a reload.
 */
import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import type { CurationResult } from "../../../model/curation.ts";

/**
 * Query-key prefixes a curation change can touch. A merge re-points edges everywhere and a status
 * change alters what confirmedOnly / includeRejected answers hold, so all of them go, not only the
 * touched ids.
 */
export const CURATED_KEYS = [
  ["graph"],
  ["neighbours"],
  ["paths"],
  ["timeline"],
  ["node"],
  ["search"],
  ["article"],
  ["stats"],
  ["review-queue"],
  ["audit"],
  ["history"],
  ["orphans"],
] as const;

export const invalidateCurated = (client: QueryClient) =>
  Promise.all(CURATED_KEYS.map((queryKey) => client.invalidateQueries({ queryKey })));

export function useCuration<V>(write: (vars: V) => Promise<CurationResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => invalidateCurated(client),
  });
}
