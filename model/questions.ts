/**
 * Ready questions an analyst can ask without writing code (issue 13): each has an id, its parameters
 * (validated like every read) and one answer shape, a table plus the nodes to highlight, so the web app
 * draws every question with one table and one highlight, and exports it as CSV.
 */
import { z } from "zod";
import { isoDay, nodeIdParam, orderedRange, queryInt, reviewFilterShape } from "./api.ts";
import { type QuestionId, TIE_MODES } from "./questionAnswer.ts";

export * from "./questionAnswer.ts";

const range = { from: isoDay.optional(), to: isoDay.optional() };
const mode = z.enum(TIE_MODES).default("any");

export const questionSchemas = {
  /** Who met X (in person / by call) between two dates, ranked by occasions. */
  "who-met": z.object({ x: nodeIdParam, mode, ...range, ...reviewFilterShape }).superRefine(orderedRange),
  /** Which topics X and Y discussed together, with dates and quotes. */
  "pair-topics": z
    .object({ x: nodeIdParam, y: nodeIdParam, ...range, ...reviewFilterShape })
    .superRefine(orderedRange),
  /** People both X and Y met or spoke with. */
  "common-contacts": z
    .object({ x: nodeIdParam, y: nodeIdParam, mode, ...range, ...reviewFilterShape })
    .superRefine(orderedRange),
  /** Who met X first and who last: every counterpart with their first and last occasion, in date order. */
  "first-last": z.object({ x: nodeIdParam, mode, ...range, ...reviewFilterShape }).superRefine(orderedRange),
  /** The weeks in which a topic was discussed most. */
  "busiest-weeks": z
    .object({ topic: nodeIdParam, limit: queryInt(1, 520, 10), ...range, ...reviewFilterShape })
    .superRefine(orderedRange),
  /** Who connects the community of X with the community of Y (Louvain over the people's ties). */
  bridges: z
    .object({ x: nodeIdParam, y: nodeIdParam, mode, ...range, ...reviewFilterShape })
    .superRefine(orderedRange),
} satisfies Record<QuestionId, z.ZodType>;

export type QuestionParams<Q extends QuestionId> = z.output<(typeof questionSchemas)[Q]>;
