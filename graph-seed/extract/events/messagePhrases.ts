/**
 * People a clause names who are not in the room: the sender and the addressee of a message, greetings
 * or condolences carried by someone else (`حاملاً رسالة من الرئيس X`, `نقل تحيات X لـ Y`), and the
 * principal of a construct title (`وزير دفاع X` is X's minister, not X).
 */
import type { ArticleContext } from "../analyse.ts";
import { alternation, CUES, TITLES } from "../lexicon/index.ts";
import type { Mention } from "../mentions/mentions.ts";
import { formsOf } from "../text/tokens.ts";

/**
 * Nouns that carry someone's words to someone else, and those that name on whose behalf one acts
 * (`بتكليف من`, `نيابة عن`, `بتوجيهات من`).
 */
const MESSAGE = CUES.messageNouns;
/** What ends a message phrase: the carrier's verb on the message (`نقلها`) or a new clause. */
const PHRASE_END = new RegExp(`^(و|ف)?(${alternation(CUES.phraseEnds)})$`);
const MAX_PHRASE = 30;

const phrasesCache = new WeakMap<ArticleContext, [number, number][]>();

/** Token ranges [first, last] that a message noun governs: its sender and addressee. */
function messagePhrases(ctx: ArticleContext): [number, number][] {
  const cached = phrasesCache.get(ctx);
  if (cached) return cached;
  const out: [number, number][] = [];
  const { tokens, text } = ctx;
  const personStarts = new Set(ctx.mentions.filter((m) => m.type === "Person").map((m) => m.first));
  // `من نظيره الفنزويلي، السيد نيكولاس مادورو`: the name after a comma, an honorific before it.
  const appositive = (k: number) =>
    personStarts.has(k) || (TITLES.honorifics.has(tokens[k]!.norm) && personStarts.has(k + 1));
  // `من فخامة الرئيس …`: honorifics and a title between `من` and the name.
  const honorificsAt = (k: number) => {
    let n = 0;
    while (n < 3 && tokens[k + n] && !personStarts.has(k + n)) n++;
    return personStarts.has(k + n) ? n : 0;
  };
  const states = new Map(ctx.mentions.filter((m) => m.type === "Country").map((m) => [m.first, m.last]));
  // `رئيس مجلس القيادة الرئاسي في اليمن رشاد العليمي`: `في` + a state + a name is part of a title.
  const inState = (k: number) => {
    const last = tokens[k]!.norm === "في" ? states.get(k + 1) : undefined;
    return last !== undefined && personStarts.has(last + 1);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!formsOf(tokens[i]!).some((f) => MESSAGE.has(f.form))) continue;
    let last = i;
    for (let k = i + 1; k < tokens.length && k <= i + MAX_PHRASE; k++) {
      const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
      // A full stop, or a comma before anything but an appositive name or a second addressee, closes it:
      // `من الرئيس الروسي، فلاديمير بوتين` goes on, `بتوجيهات من الأمير، أجرى …` does not.
      if (/[.!?؟:؛\n]/.test(gap)) break;
      // `… لمقام خادم الحرمين الشريفين، ولصاحب السمو …`: a second addressee goes on too, and so does
      // the sender after the addressee (`رسالة خطية للملك …، من الرئيس …`).
      // `رسالة من الرئيس X رئيس جمهورية …، إلى صاحب السمو …`: and the addressee after the sender.
      const sender = /^(من|الي)$/.test(tokens[k]!.norm) && personStarts.has(k + 1 + honorificsAt(k + 1));
      if (/[،,]/.test(gap) && !appositive(k) && !sender && !/^ول./.test(tokens[k]!.norm)) break;
      if (PHRASE_END.test(tokens[k]!.norm) && !inState(k)) break;
      last = k;
    }
    if (last > i) out.push([i + 1, last]);
  }
  phrasesCache.set(ctx, out);
  return out;
}

export function inMessagePhrase(ctx: ArticleContext, m: Mention): boolean {
  return messagePhrases(ctx).some(([a, b]) => m.first >= a && m.first <= b);
}

const OFFICIAL_OF = new RegExp(
  String.raw`(^|\s)[وبل]?(${alternation(TITLES.officialOfNouns)}) (?!ال)[^\s]{2,}\s*$`,
);

/** `بوزير دفاع بشار الأسد`: a title in construct with a person names that person's official. */
export function principalOfTitle(before: string): boolean {
  return OFFICIAL_OF.test(before) || DEPUTY_OF.test(before);
}

/** `النائب الأول للرئيس السوداني`, `مستشار لرئيس الوزراء`: the one a deputy or adviser serves. */
const DEPUTY_OF = new RegExp(
  String.raw`(^|\s)و?(ال)?(${alternation(TITLES.deputies)})( الاول| الثاني)?\s*(ل|لل)$`,
);
