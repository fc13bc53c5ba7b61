/**
 * `عقد وزراء … اجتماعاً … . وضم الوفد السوري A وB، فيما ضم الجانب التركي C وD`: a sentence with no
 * trigger of its own that tells who made up the sides of the gathering just told. Its people take
 * part in that gathering; after a call, a plan or a recalled event they do not (a delegation that
 * will travel, or one described in passing, met no one in this report).
 */
import type { ArticleContext } from "../analyse.ts";
import { alternation, PARTICIPANTS } from "../lexicon/index.ts";
import type { Sentence } from "../text/sentences.ts";
import { clauseEvent } from "./clause.ts";
import { mentionsIn, personsIn } from "./people.ts";
import { type EventState, family } from "./state.ts";
import type { Trigger } from "./triggers.ts";
import { type SentenceInfo, spanOf } from "./when.ts";

/** A gathering the previous sentence told without naming anyone (`عقد وزراء … اجتماعاً`). */
export interface UnpeopledGathering {
  info: SentenceInfo;
  t: Trigger;
  from: number;
  to: number;
}

const VERB = new RegExp(`^(و|ف)?(${alternation(PARTICIPANTS.delegationVerbs)})$`);
const LEADING_WORDS = /^(و|ف)?(كما|فيما|بينما|قد)$/;

/** The sentence opens with `وضم الوفد`, `كما ضم الجانب`, `وتألف الوفد …`. */
export function opensWithDelegation(ctx: ArticleContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  const verbAt = LEADING_WORDS.test(tokens[a]?.norm ?? "") ? a + 1 : a;
  if (verbAt > b || !VERB.test(tokens[verbAt]!.norm)) return false;
  return [verbAt + 1, verbAt + 2].some((k) => k <= b && PARTICIPANTS.delegationNouns.has(tokens[k]!.norm));
}

export function widenByDelegation(
  ctx: ArticleContext,
  state: EventState,
  s: Sentence,
  [a, b]: [number, number],
  pending: UnpeopledGathering | null,
) {
  if (!opensWithDelegation(ctx, a, b)) return;
  const persons = personsIn(mentionsIn(ctx, a, b), ctx);
  if (persons.length === 0) return;
  if (pending) {
    const before = state.recent[0];
    clauseEvent(ctx, state, pending.info, pending.t, pending.from, pending.to, persons);
    const made = state.recent[0];
    if (made && made !== before) state.widen(made, [], spanOf(ctx, s));
    return;
  }
  const gathering = state.recent[0];
  if (!gathering || family(gathering.type) !== "Meeting" || gathering.planned || gathering.background) return;
  state.widen(gathering, persons, spanOf(ctx, s));
}
