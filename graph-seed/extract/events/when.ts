/** When and where a clause's event took place: its own date, the sentence's, the publication day; its place or the dateline's. */
import type { ArticleContext } from "../analyse.ts";
import { type DateFact, findDate, findDateInSentence } from "../dates/dates.ts";
import type { Sentence } from "../text/sentences.ts";
import { placeOf } from "./cues.ts";
import { mentionsIn } from "./people.ts";

/** One sentence as the event finder reads it: its token range, topics nearby, and trigger count. */
export interface SentenceInfo {
  s: Sentence;
  a: number;
  b: number;
  topics: string[];
  triggers: number;
  /** The sentence speaks of a phone call. */
  phone: boolean;
}

export function slice(ctx: ArticleContext, from: number, to: number): string {
  const { tokens, text } = ctx;
  return text.slice(tokens[Math.max(0, from)]!.start, tokens[Math.min(to, tokens.length - 1)]!.end);
}

/** Tokens [from, to] of the normalised text: a slice of the article normalised once, no folding again. */
export function normSlice(ctx: ArticleContext, from: number, to: number): string {
  const { tokens, norm, normAt } = ctx;
  const a = tokens[Math.max(0, from)]!.start;
  const b = tokens[Math.min(to, tokens.length - 1)]!.end;
  return norm.slice(normAt[a], normAt[b]);
}

/** The normalised words of tokens [from, to] with people's names blanked: `وسيلاكوفيتش` is no future verb. */
export function normWithoutNames(ctx: ArticleContext, from: number, to: number): string {
  const { tokens, norm, normAt } = ctx;
  const a = normAt[tokens[Math.max(0, from)]!.start]!;
  const b = normAt[tokens[Math.min(to, tokens.length - 1)]!.end]!;
  let out = "";
  let at = a;
  // A name that overlaps the window's edges starts at most a few words before it.
  for (const m of mentionsIn(ctx, from - 8, to)) {
    if (m.type !== "Person") continue;
    const [ms, me] = [Math.max(at, normAt[m.start]!), Math.min(b, normAt[m.end]!)];
    if (me <= ms) continue;
    out += `${norm.slice(at, ms)}${" ".repeat(me - ms)}`;
    at = me;
  }
  return out + norm.slice(at, b);
}

export function spanOf(ctx: ArticleContext, s: Sentence) {
  return { text: ctx.text.slice(s.start, s.end), start: s.start, end: s.end };
}

/**
 * The clause `span` and the trigger `at` are offsets within `sentence`, so the clause's date nearest
 * the trigger is the event's; else the sentence's, the scene's, or the publication day.
 */
export function dateOf(
  ctx: ArticleContext,
  sentence: string,
  span: { from: number; to: number },
  at: number,
  held: boolean,
  ahead = false,
  before: DateFact | null = null,
) {
  const published = ctx.meta.published;
  const own = findDateInSentence(sentence, published, span.from, span.to, at, ahead);
  if (own) return own;
  const around = findDate(sentence, published);
  if (around && !around.future) return around;
  // `وحل لافروف بالجزائر مساء أمس. واستقبله لعمامرة بالمطار.`: the sentence before dates the scene.
  if (held && before) return { ...before, fromScene: true };
  if (held && published && /^\d{4}-\d{2}-\d{2}$/.test(published)) {
    // The article's news, told without a day, is taken to be of the day it was published: a
    // weaker date than one the text states, which a later sentence's own day replaces.
    return { date: published, precision: "day" as const, future: false, past: false, byPublication: true };
  }
  return null;
}

export function olderThanNews(date: string, published: string | null): boolean {
  if (!published) return false;
  const days = (Date.parse(published) - Date.parse(date.length === 7 ? `${date}-28` : date)) / 86_400_000;
  return days > 3;
}

export function defaultPlace(ctx: ArticleContext, info: SentenceInfo, wholeSentence: boolean): string | null {
  const own = wholeSentence ? placeOf(ctx.text, mentionsIn(ctx, info.a, info.b)) : null;
  if (own) return own;
  const d = ctx.boilerplate.dateline;
  const m = d && ctx.mentions.find((x) => x.type === "Place" && x.start >= d.start && x.end <= d.end);
  if (m) return m.entityId;
  if (!wholeSentence) return null;
  return mentionsIn(ctx, info.a, info.b).find((x) => x.source === "site")?.entityId ?? null;
}
