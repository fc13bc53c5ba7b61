/**
 * Ready questions an analyst can ask without writing code (issue 13): each has an id, its parameters
 * (validated like every read) and one answer shape, a table plus the nodes to highlight, so the web app
 * draws every question with one table and one highlight, and exports it as CSV.
 */
import { z } from "zod";
import { isoDay, type NodeRef, nodeIdParam, orderedRange, queryInt, reviewFilterShape } from "./api.ts";
import type { Provenance } from "./graph.ts";
import type { NodeId } from "./ids.ts";

export const QUESTION_IDS = [
  "who-met",
  "pair-topics",
  "common-contacts",
  "first-last",
  "busiest-weeks",
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** In person (meetings, summits, press conferences, signings), by phone/video/letter, or either. */
export const TIE_MODES = ["any", "in-person", "call"] as const;
export type TieMode = (typeof TIE_MODES)[number];

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
} satisfies Record<QuestionId, z.ZodType>;

export type QuestionParams<Q extends QuestionId> = z.output<(typeof questionSchemas)[Q]>;

/** How a column's cells read: the web app formats and sorts by kind. */
export type ColumnKind = "node" | "nodes" | "count" | "date" | "text" | "quote";
export interface QuestionColumn {
  key: string;
  kind: ColumnKind;
}
export type Cell = NodeRef | NodeRef[] | number | string | Provenance | null;
export type QuestionRow = Record<string, Cell>;

export interface QuestionAnswer {
  question: QuestionId;
  columns: QuestionColumn[];
  rows: QuestionRow[];
  /** The nodes the answer is about, to highlight on the canvas. */
  highlight: NodeId[];
  /** True when the events read were cut at the timeline's limit, so counts may be low. */
  truncated: boolean;
  /** Events the question could not place (busiest weeks: those not dated to the day), left out of the rows. */
  undated?: number;
}
