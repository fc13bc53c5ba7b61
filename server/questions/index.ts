/** Every ready question: its parameters and how it is answered, on either store (through GraphStore reads). */
import type { QuestionAnswer, QuestionId, QuestionParams } from "../../model/questions.ts";
import type { GraphStore } from "../../model/store.ts";
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
};

/** The node parameters a question names, which must exist (an unknown one is a 404, not an empty table). */
export const nodeParamsOf = (params: Record<string, unknown>) =>
  ["x", "y", "topic"].flatMap((k) => (typeof params[k] === "string" ? [params[k] as string] : []));
