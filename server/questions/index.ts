/** Every ready question: its parameters and how it is answered, on either store (through GraphStore reads). */
import {
  QUESTION_NODE_PARAMS,
  type QuestionAnswer,
  type QuestionId,
  type QuestionParams,
} from "../../model/questions.ts";
import type { GraphStore } from "../../model/store.ts";
import { bridges } from "./bridges.ts";
import { busiestWeeks } from "./busiestWeeks.ts";
import { commonContacts } from "./commonContacts.ts";
import { pairTopics } from "./pairTopics.ts";
import { firstLast, whoMet } from "./whoMet.ts";

type Answer<Q extends QuestionId> = (store: GraphStore, params: QuestionParams<Q>) => Promise<QuestionAnswer>;

export const ANSWERS: { [Q in QuestionId]: Answer<Q> } = {
  "who-met": whoMet,
  "pair-topics": pairTopics,
  "common-contacts": commonContacts,
  "first-last": firstLast,
  "busiest-weeks": busiestWeeks,
  bridges,
};

/** The nodes a question names, which must exist (an unknown one is a 404, not an empty table). */
export const nodeParamsOf = (id: QuestionId, params: Record<string, unknown>) =>
  QUESTION_NODE_PARAMS[id].map((k) => String(params[k]));
