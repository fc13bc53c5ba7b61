/**
 * The ready questions (issue 13) as the web app sees them: their ids, the tie modes, and the one answer
 * shape, a table plus the nodes to highlight. No zod here, so the web app's bundle does not carry it;
 * the parameter schemas are in model/questions.ts.
 */
import type { NodeRef } from "./api.ts";
import type { Provenance } from "./graph.ts";
import type { NodeId } from "./ids.ts";

export const QUESTION_IDS = [
  "who-met",
  "pair-topics",
  "common-contacts",
  "first-last",
  "busiest-weeks",
  "bridges",
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export type QuestionNodeParam = "x" | "y" | "topic";

/** The nodes each question names (they must exist), in the order a form asks for them. */
export const QUESTION_NODE_PARAMS: Record<QuestionId, readonly QuestionNodeParam[]> = {
  "who-met": ["x"],
  "pair-topics": ["x", "y"],
  "common-contacts": ["x", "y"],
  "first-last": ["x"],
  "busiest-weeks": ["topic"],
  bridges: ["x", "y"],
};

/** The questions that ask how the two met: in person, by call, or either. */
export const QUESTIONS_WITH_MODE: ReadonlySet<QuestionId> = new Set([
  "who-met",
  "common-contacts",
  "first-last",
  "bridges",
]);

/** In person (meetings, summits, press conferences, signings), by phone/video/letter, or either. */
export const TIE_MODES = ["any", "in-person", "call"] as const;
export type TieMode = (typeof TIE_MODES)[number];

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
  /** "Who connects two communities": the community of X and of Y, as the answer found them. */
  communities?: CommunityPair;
}

/** One person's community: the person the question named and every member (them included). */
export interface Community {
  of: NodeRef;
  members: NodeRef[];
}
/** The two communities a bridge question is about; `same` when X and Y fell into one. */
export interface CommunityPair {
  x: Community;
  y: Community;
  same: boolean;
}
