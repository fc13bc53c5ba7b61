/**
 * The part of a sentence a trigger stands in. A news sentence strings clauses together with a comma
 * and a connective (`، ومن المقرر أن …`, `، فيما تأتي …`, `، حيث …`); the date, the planning words and
 * the tense of one clause say nothing of another's event (`بحث X مع Y …، فيما تأتي الزيارة قبيل زيارة
 * مرتقبة … الثلاثاء المقبل`).
 */
import type { ArticleContext } from "../analyse.ts";
import { alternation, CUES } from "../lexicon/index.ts";

/** Connectives that open a clause of their own, with or without a comma before them. */
const ALWAYS = CUES.clauseOpeners;
/** Openers that start a new clause after a comma: `، ومن المقرر`, `، وتأتي`, `، وقال`, `، كما`. */
const AFTER_COMMA = new RegExp(`^(و|ف)?(${alternation(CUES.commaOpeners)})$|^(و|ف)(س)?[يت][^ا]..`);

function opensClause(ctx: ArticleContext, k: number): boolean {
  const { tokens, text } = ctx;
  const word = tokens[k]!.norm;
  if (ALWAYS.has(word)) return true;
  const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
  // `قال لافروف عقب مباحثاته مع ماس: … سيزورنا يوم الاثنين`: a colon opens what was said.
  if (/:/.test(gap)) return true;
  return /[،,؛;]/.test(gap) && AFTER_COMMA.test(word);
}

/** [lo, hi]: the clause of [from, to] holding the token at `at`. */
export function subclause(ctx: ArticleContext, from: number, at: number, to: number): [number, number] {
  let lo = from;
  for (let k = at; k > from; k--)
    if (opensClause(ctx, k)) {
      lo = k;
      break;
    }
  let hi = to;
  for (let k = at + 1; k <= to; k++)
    if (opensClause(ctx, k)) {
      hi = k - 1;
      break;
    }
  return [lo, hi];
}
