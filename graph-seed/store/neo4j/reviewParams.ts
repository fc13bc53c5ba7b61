/** The review filter as the parameters of every read statement that hides facts (cypherReads.ts). */
import type { ReviewFilter } from "../../../model/api.ts";

export const reviewParams = (q: ReviewFilter) => ({
  includeRejected: q.includeRejected,
  confirmedOnly: q.confirmedOnly,
});
