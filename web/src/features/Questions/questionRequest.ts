/**
 * A question as the URL carries it (`who-met?x=…&mode=…`): which one, and the parameters it takes.
 * Parameters a question does not take are dropped, so a link never carries stale ones.
 */
import {
  QUESTION_IDS,
  QUESTION_NODE_PARAMS,
  QUESTIONS_WITH_MODE,
  type QuestionId,
  TIE_MODES,
  type TieMode,
} from "../../../../model/questionAnswer.ts";

export interface QuestionRequest {
  id: QuestionId;
  x?: string;
  y?: string;
  topic?: string;
  mode?: TieMode;
  from?: string;
  to?: string;
}

const isQuestion = (s: string): s is QuestionId => (QUESTION_IDS as readonly string[]).includes(s);
const isMode = (s: string): s is TieMode => (TIE_MODES as readonly string[]).includes(s);

/** The parameters the API takes for this request (what applies, nothing empty). */
export function paramsOf(r: QuestionRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of QUESTION_NODE_PARAMS[r.id]) if (r[p]) out[p] = r[p];
  if (QUESTIONS_WITH_MODE.has(r.id) && r.mode && r.mode !== "any") out.mode = r.mode;
  if (r.from) out.from = r.from;
  if (r.to) out.to = r.to;
  return out;
}

export const isComplete = (r: QuestionRequest) => QUESTION_NODE_PARAMS[r.id].every((p) => !!r[p]);

export function formatRequest(r: QuestionRequest): string {
  const query = new URLSearchParams(paramsOf(r)).toString();
  return query ? `${r.id}?${query}` : r.id;
}

export function parseRequest(s: string | null): QuestionRequest | null {
  if (!s) return null;
  const [id = "", query = ""] = s.split(/\?(.*)/s);
  if (!isQuestion(id)) return null;
  const params = new URLSearchParams(query);
  const r: QuestionRequest = { id };
  for (const p of QUESTION_NODE_PARAMS[id]) r[p] = params.get(p) ?? undefined;
  const mode = params.get("mode");
  if (mode && isMode(mode)) r.mode = mode;
  r.from = params.get("from") ?? undefined;
  r.to = params.get("to") ?? undefined;
  return r;
}
