/** The timeline endpoint as a TanStack query factory: the key holds every parameter sent. */
import { queryOptions } from "@tanstack/react-query";
import type { TimelinePayload } from "../../../../model/api.ts";
import type { EventType } from "../../../../model/kinds.ts";
import { apiUrl, fetchJson } from "../../api/client.ts";
import { type FactFilter, factParams } from "../../api/queries.ts";

export interface TimelineFilters extends FactFilter {
  participant: string | null;
  types: readonly EventType[];
  from: string | null;
  to: string | null;
}

export const ALL_EVENTS: TimelineFilters = { participant: null, types: [], from: null, to: null };

export const timelineQuery = (f: TimelineFilters, limit = 2000) => {
  const params = { ...f, ...factParams(f), types: [...f.types].sort(), limit };
  return queryOptions({
    queryKey: ["timeline", params] as const,
    queryFn: ({ signal }) => fetchJson<TimelinePayload>(apiUrl("timeline", params), { signal }),
    staleTime: 30_000,
  });
};
