/** The path endpoint as a TanStack query factory. */
import { queryOptions } from "@tanstack/react-query";
import type { PathResult } from "../../../../model/api.ts";
import type { GraphView } from "../../../../model/kinds.ts";
import { apiUrl, fetchJson } from "../../api/client.ts";
import { type FactFilter, factParams } from "../../api/queries.ts";

export interface PathRequest {
  from: string;
  to: string;
  k: number;
  maxLength: number;
  view: GraphView;
}

/** Paths walk the same facts the canvas draws: confirmed only, rejected or not. */
export const pathQuery = (r: PathRequest, facts: FactFilter = {}) => {
  const params = { ...r, ...factParams(facts) };
  return queryOptions({
    queryKey: ["paths", params] as const,
    queryFn: ({ signal }) => fetchJson<PathResult>(apiUrl("paths", params), { signal }),
    staleTime: 30_000,
  });
};
