/**
 * Events from trigger words, sentence by sentence. A sentence is cut into clauses at its triggers
 * (events/clause.ts reads each). What is done with the events afterwards (folding one event told
 * twice, dates, encounters, confidence) is the ordered table in events/postPasses.ts.
 */
import type { ExtractedEvent } from "../../../model/extraction.ts";
import type { ArticleContext } from "../analyse.ts";
import { type DateFact, findDate } from "../dates/dates.ts";
import { alternation, TRIGGERS } from "../lexicon/index.ts";
import type { Sentence } from "../text/sentences.ts";
import { clauseEvent } from "./clause.ts";
import { opensWithDelegation, type UnpeopledGathering, widenByDelegation } from "./delegations.ts";
import { chairedBy } from "./participants.ts";
import { mentionsIn, personsIn } from "./people.ts";
import { EventState, family } from "./state.ts";
import { findTriggers, isPhoneWord, type Trigger } from "./triggers.ts";
import { olderThanNews, type SentenceInfo } from "./when.ts";

/** Each sentence's token range, in one sweep over tokens and sentences (both in text order). */
function tokenRanges(ctx: ArticleContext): ([number, number] | null)[] {
  const { tokens } = ctx;
  let k = 0;
  return ctx.sentences.map((s: Sentence) => {
    while (k < tokens.length && tokens[k]!.start < s.start) k++;
    let last = k;
    while (last < tokens.length && tokens[last]!.end <= s.end) last++;
    const range: [number, number] | null = last > k ? [tokens[k]!.index, tokens[last - 1]!.index] : null;
    k = last;
    return range;
  });
}

function topicsNear(ctx: ArticleContext, ranges: ([number, number] | null)[]): string[] {
  const ids: string[] = [];
  for (const r of ranges) {
    if (!r) continue;
    for (const m of mentionsIn(ctx, r[0], r[1]))
      if (m.type === "Topic" && !ids.includes(m.entityId)) ids.push(m.entityId);
  }
  return ids;
}

/**
 * `على هامش القمة`, `وعقب اللقاء، عقد …`: a gathering named as the setting or the time of what
 * the sentence goes on to tell is not a clause of its own.
 */
const SETTING = new RegExp(`^(و)?(${alternation(TRIGGERS.settingWords)})$`);
const onSidelines = (ctx: ArticleContext, t: Trigger) =>
  (SETTING.test(ctx.tokens[t.at - 1]?.norm ?? "") ||
    (/^(و)?بعد$/.test(ctx.tokens[t.at - 1]?.norm ?? "") && t.anaphoric) ||
    inParallel(ctx, t)) &&
  !ownParties(ctx, t);

/** `وبالتوازي مع لقاء …`, `بموازاة اللقاء`: what happened at the same time as the gathering. */
const inParallel = (ctx: ArticleContext, t: Trigger) => {
  const bare = (k: number) => (ctx.tokens[k]?.norm ?? "").replace(/^و/, "");
  const word = bare(t.at - 1) === "مع" ? bare(t.at - 2) : bare(t.at - 1);
  return TRIGGERS.parallelWords.has(word);
};

/**
 * `عقب مباحثاته مع ماس`, `عقب اجتماع ضمه مع …`, `عقب اجتماع شهدته القاهرة بين X وY`, `بعد القمة
 * … التي عقدت في بروكسل برئاسة X`: a gathering that names its own parties or chair is an event.
 */
const ownParties = (ctx: ArticleContext, t: Trigger) =>
  ctx.tokens.slice(t.at + 1, t.at + 6).some((k) => TRIGGERS.ownPartiesWords.has(k.norm)) ||
  chairedBy(ctx, t.at, t.at + 15);

/** The first token after the comma that follows token `at` (or `at` itself when none comes before `b`). */
function afterComma(ctx: ArticleContext, at: number, b: number): number {
  const { tokens, text } = ctx;
  for (let k = at + 1; k <= b; k++)
    if (/[،,]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return k;
  return at;
}

/** A sentence's day, kept for the next sentence only when it is a recent day of the news. */
function sceneDate(fact: DateFact | null, published: string | null): DateFact | null {
  if (!fact || fact.future || fact.precision !== "day" || !published) return null;
  return olderThanNews(fact.date, published) ? null : fact;
}

export function findEvents(ctx: ArticleContext): ExtractedEvent[] {
  const state = new EventState();
  const ranges = tokenRanges(ctx);
  // The last sentence's gathering that named no one, for a delegation sentence to people.
  let unpeopled: UnpeopledGathering | null = null;
  ctx.sentences.forEach((s, si) => {
    const r = ranges[si];
    if (!r) return;
    const [a, b] = r;
    const pending = unpeopled;
    unpeopled = null;
    // `التقيا على هامش اجتماع وزاري في بروكسل`: the gathering on whose sidelines they met is setting.
    const found = findTriggers(ctx.tokens, a, b);
    const setting = found.filter((x) => found.length === 1 || !onSidelines(ctx, x));
    // `وضم الجانب الكويتي في المباحثات …`: a delegation sentence pointing back at the talks tells their
    // people, not new talks.
    const delegation = opensWithDelegation(ctx, a, b) && setting.every((x) => x.anaphoric);
    const triggers = delegation ? [] : setting;
    const info: SentenceInfo = {
      s,
      a,
      b,
      topics: topicsNear(ctx, [r]),
      triggers: triggers.length,
      phone:
        triggers.some((x) => x.type === "PhoneCall") ||
        ctx.tokens.slice(a, b + 1).some((k) => isPhoneWord(k.norm)),
    };
    // `وبالتوازي مع لقاء رئيس الدولة بضيفته، عقد الوزيران …`: the parallel gathering's people are not
    // the first clause's.
    const parallel = found.find((x) => !triggers.includes(x) && inParallel(ctx, x));
    const start = parallel ? afterComma(ctx, parallel.at, b) : a;
    triggers.forEach((t, k) => {
      const from = k === 0 ? (start <= t.at ? start : a) : t.at;
      const to = k + 1 < triggers.length ? triggers[k + 1]!.at - 1 : b;
      // `التقى علييف ستارمر، ثم التقى … ماكرون`: a later clause's subject is the sentence's.
      // Only between plain verbs: `مباحثاته` (his talks) has its own owner.
      const plain = (x: Trigger | undefined) => x && !x.anaphoric && !x.possessive;
      const chained = k > 0 && plain(t);
      state.sentenceSubject = chained ? (personsIn(mentionsIn(ctx, a, from - 1), ctx)[0] ?? null) : null;
      const before = state.recent[0];
      clauseEvent(ctx, state, info, t, from, to);
      if (state.recent[0] === before && family(t.type) === "Meeting" && !t.anaphoric)
        unpeopled = { info, t, from, to };
    });
    state.sentenceSubject = null;
    if (triggers.length === 0) widenByDelegation(ctx, state, s, [a, b], pending);
    const said = findDate(s.text, ctx.meta.published);
    // A sentence with no day of its own keeps the scene; one with a day sets it (or ends it).
    state.sceneDate = said ? sceneDate(said, ctx.meta.published) : state.sceneDate;
    const persons = personsIn(mentionsIn(ctx, a, b), ctx);
    state.prevSubject = persons[0] ?? state.prevSubject;
    if (persons.length > 0) state.prevPersons = persons;
  });
  return [...state.byId.values()];
}
