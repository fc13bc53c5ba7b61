/** The questions endpoint as a TanStack query factory: the key is the request itself, as data. */
import { queryOptions } from "@tanstack/react-query";
import type { QuestionAnswer } from "../../../../model/questionAnswer.ts";
import { apiUrl, fetchJson } from "../../api/client.ts";
import { type FactFilter, factParams } from "../../api/queries.ts";
import { paramsOf, type QuestionRequest } from "./questionRequest.ts";

export const questionQuery = (r: QuestionRequest, facts: FactFilter = {}) => {
  const params = { ...paramsOf(r), ...factParams(facts) };
  return queryOptions({
    queryKey: ["question", r.id, params] as const,
    queryFn: ({ signal }) => fetchJson<QuestionAnswer>(apiUrl(`questions/${r.id}`, params), { signal }),
    staleTime: 30_000,
  });
};
