/**
 * TanStack Query factories: one per endpoint, the key holds every variable the request uses so two
 * different requests never share a cache entry.
 */
import { queryOptions } from "@tanstack/react-query";
import type {
  ArticleDoc,
  ArticleSummary,
  GraphPayload,
  NodeDetails,
  SearchHit,
  Stats,
} from "../../../model/api.ts";
import type { GraphView, NodeKind } from "../../../model/kinds.ts";
import { apiUrl, fetchJson } from "./client.ts";

/**
 * Which facts by review status: only confirmed (or edited) ones, and whether rejected ones come too.
 * Both default to off; `undefined` and `false` send nothing, so the default request is unchanged.
 */
export interface FactFilter {
  confirmedOnly?: boolean;
  includeRejected?: boolean;
}

/** Only set flags go into the query string (and the key), so an old cache entry stays valid. */
export const factParams = (f: FactFilter) => ({
  confirmedOnly: f.confirmedOnly ? true : undefined,
  includeRejected: f.includeRejected ? true : undefined,
});

export interface GraphFilters extends FactFilter {
  view: GraphView;
  kinds: readonly NodeKind[];
  from: string | null;
  to: string | null;
  minWeight: number;
  topics: readonly string[];
}

/** Sorted copies so the same filter in another order hits the same cache entry. */
const sorted = (xs: readonly string[]) => [...xs].sort();

const graphParams = (f: GraphFilters) => ({
  ...f,
  ...factParams(f),
  kinds: sorted(f.kinds),
  topics: sorted(f.topics),
});

/** The server's export of the graph for these filters (GraphML and GEXF are written by the API). */
export const exportUrl = (f: GraphFilters, format: "graphml" | "gexf") =>
  apiUrl("export", { ...graphParams(f), format });

export const graphQuery = (f: GraphFilters, limit = 5000) => {
  const params = { ...graphParams(f), limit };
  return queryOptions({
    queryKey: ["graph", params] as const,
    queryFn: ({ signal }) => fetchJson<GraphPayload>(apiUrl("graph", params), { signal }),
    staleTime: 30_000,
  });
};

export const searchQuery = (q: string, limit = 10) =>
  queryOptions({
    queryKey: ["search", q, limit] as const,
    queryFn: ({ signal }) => fetchJson<SearchHit[]>(apiUrl("search", { q, limit }), { signal }),
    enabled: q.trim().length > 0,
    staleTime: 60_000,
  });

const nodePath = (id: string) => `nodes/${encodeURIComponent(id)}`;

/** Details leave rejected facts out unless asked (and keep only confirmed ones when asked). */
export const nodeQuery = (id: string, facts: FactFilter = {}) => {
  const params = factParams(facts);
  return queryOptions({
    queryKey: ["node", id, params] as const,
    queryFn: ({ signal }) => fetchJson<NodeDetails>(apiUrl(nodePath(id), params), { signal }),
    staleTime: 30_000,
  });
};

/** The page of a node's mentions after `offset` (the details carry the first page). */
export const MENTIONS_PAGE = 100;
export const nodeMentionsQuery = (id: string, offset: number, facts: FactFilter = {}) => {
  const params = {
    ...factParams(facts),
    mentionsOffset: offset,
    mentionsLimit: MENTIONS_PAGE,
    quotesPerItem: 1,
  };
  return queryOptions({
    queryKey: ["node", id, "mentions", params] as const,
    queryFn: async ({ signal }) =>
      (await fetchJson<NodeDetails>(apiUrl(nodePath(id), params), { signal })).mentions,
    staleTime: 30_000,
  });
};

export const neighbourhoodQuery = (id: string, depth = 1, limit = 200) =>
  queryOptions({
    queryKey: ["neighbours", id, depth, limit] as const,
    queryFn: ({ signal }) =>
      fetchJson<GraphPayload>(apiUrl(`${nodePath(id)}/neighbours`, { depth, limit }), { signal }),
    staleTime: 30_000,
  });

export const articleQuery = (id: string) =>
  queryOptions({
    queryKey: ["article", id] as const,
    queryFn: ({ signal }) => fetchJson<ArticleDoc>(apiUrl(`articles/${encodeURIComponent(id)}`), { signal }),
    staleTime: 5 * 60_000,
  });

export const articlesQuery = () =>
  queryOptions({
    queryKey: ["articles"] as const,
    queryFn: ({ signal }) => fetchJson<ArticleSummary[]>(apiUrl("articles"), { signal }),
    staleTime: 30_000,
  });

export const statsQuery = () =>
  queryOptions({
    queryKey: ["stats"] as const,
    queryFn: ({ signal }) => fetchJson<Stats>(apiUrl("stats"), { signal }),
    staleTime: 30_000,
  });
