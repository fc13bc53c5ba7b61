/** The path endpoint as a TanStack query factory. */
import { queryOptions } from "@tanstack/react-query";
import type { PathResult } from "../../../../model/api.ts";
import type { GraphView } from "../../../../model/kinds.ts";
import { apiUrl, fetchJson } from "../../api/client.ts";

export interface PathRequest {
  from: string;
  to: string;
  k: number;
  maxLength: number;
  view: GraphView;
}

export const pathQuery = (r: PathRequest) =>
  queryOptions({
    queryKey: ["paths", r] as const,
    queryFn: ({ signal }) => fetchJson<PathResult>(apiUrl("paths", { ...r }), { signal }),
    staleTime: 30_000,
  });
