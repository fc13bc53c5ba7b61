/**
 * What follows a title: the state it is of (`الروسي`, `قطر`, `دولة الإمارات`, `إلى سورية`), `السابق`,
 * honorifics, and then perhaps a name the catalog does not know (`رئيس السنغال ماكي سال`).
 */
import { type CatalogPerson, type OfficeKey, ROLE_OFFICES } from "../../catalog/types.ts";
import { GIVEN_NAMES, NAMES, TITLES, TRIGGERS } from "../lexicon/index.ts";
import type { CatalogHit } from "../mentions/catalogMatch.ts";
import { cliticForms, type Token } from "../text/tokens.ts";
import { spellsAliasHead } from "./fuzzyPeople.ts";
import { endsName, opensName, standsAlone, whyNotAName } from "./nameShape.ts";
import { looksLikeName, looksLikeNisba, looksLikeVerb, NAME_JOINERS } from "./nameWords.ts";
import type { Scan } from "./peopleScan.ts";
import { type TitleHit, titleAt } from "./titles.ts";

const HOME_WORDS = TITLES.homeWords;
/** `رئيس الدولة` is the head of state; `وزير الدولة` is a minister of state, of no country in particular. */
const HEAD_OFFICES = new Set<OfficeKey>([
  "president",
  "king",
  "emir",
  "sultan",
  "crown-prince",
  "prime-minister",
]);
const STATE_STYLE = TITLES.stateStyles;
const HONORIFIC_WORDS = TITLES.honorifics;
/** `جمهورية فيتنام الاشتراكية`: words of a state's style after its name. */
const STYLE_AFTER = /^ال..+يه$/;
const FRIENDLY = TITLES.friendlyEpithets;
const STATE_TAILS = TITLES.stateNameTails;
const TITLE_TAIL = TITLES.titleTails;
const BODY_NOUNS = TITLES.bodyNouns;
const JOINER_BREAK = NAMES.joinerBreaks;
const FORMER = TITLES.formerWords;
export function unseenName(
  scan: Scan,
  j: number,
  office: OfficeKey | null,
  hasCountry: boolean,
): number | null {
  const { tokens } = scan.input;
  // `المبعوث الأممي لغرض …`: with no country to anchor the title, a word glued to `ل` is prose.
  // `الرئيس لونغ كوونغ` is a name: the next word is one too, not a definite noun.
  const next = tokens[j + 1]?.norm ?? "";
  const head = office === "president" || office === "king";
  const nameAfter = head && scan.adjacent(j, j + 1) && looksLikeName(next) && !next.startsWith("ال");
  if (!hasCountry && tokens[j]?.norm.startsWith("ل") && !nameAfter) return null;
  let last = -1;
  const raw = (k: number) => scan.input.text.slice(tokens[k]!.start, tokens[k]!.end);
  // `عبدالله بن ناصر بن خليفة آل ثاني`: each joiner lets a name run two words longer.
  let reach = j + 5;
  for (let k = j; k < reach && k < tokens.length; k++) {
    if (k > j && NAME_JOINERS.has(tokens[k]!.norm)) reach = Math.min(j + 9, reach + 1);
    if (k > j && !scan.adjacent(k - 1, k)) break;
    if (k > j && /[،,]/.test(scan.input.text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
    const afterJoiner = k > j && NAMES.sonOfWords.has(tokens[k - 1]!.norm);
    const hit = scan.byFirst.get(k);
    // `الحسين بن عبدالله الثاني`: after `بن` a catalogued name is the father's, part of this name.
    if (afterJoiner && hit?.entry.type === "Person") {
      last = hit.last;
      k = hit.last;
      continue;
    }
    // `محمد ولد الشيخ الغزواني`: after a joiner even a title word is part of the name.
    const word = tokens[k]!.norm;
    // `علي` (Ali) and `على` ("on") fold together; the written final letter tells them apart.
    const ali = word === "علي" && raw(k).endsWith("ي");
    // `رستم إمام علي`: written with `إ`, `إمام` is a name's word, not `أمام` ("in front of").
    const imam = k > j && word === "امام" && raw(k).startsWith("إ");
    // `إينياتسيو لا روسا`: a Romance particle inside a name, when a name word follows it.
    const after = tokens[k + 1]?.norm ?? "";
    const particle =
      k > j && word === "لا" && looksLikeName(after) && !looksLikeVerb(after) && scan.adjacent(k, k + 1);
    // `صالح بن علي التركي`: written with `ي`, `علي` is the father's name, not the preposition `على`.
    const nameWord = afterJoiner
      ? word.length >= 3 && (ali || !JOINER_BREAK.has(word))
      : ali || imam || particle || looksLikeName(word);
    // `الرئيس لويز إيناسيو لولا دا سيلفا`: the words before a catalogued name spell the rest of it.
    if (hit && k > j && spelledCatalogHead(scan, j, k, hit)) return null;
    // `صالح بن علي التركي`: after a father's name, a nationality adjective is the family name.
    if (hit && familyNisba(scan, j, k, hit)) {
      last = k;
      break;
    }
    if (!nameWord || hit || (!afterJoiner && titleHere(scan, k))) break;
    // `رئيس جمهورية الصومال الفيدرالية، تتضمن دعوة …`: after a comma a name does not start with a verb.
    const afterComma =
      k === j && /[،,]/.test(scan.input.text.slice(tokens[k - 1]?.end ?? 0, tokens[k]!.start));
    if ((k > j || afterComma) && looksLikeVerb(tokens[k]!.norm)) break;
    // `ماريانو راخوي محادثة هاتفية`: a word telling an event ends the name.
    const eventWord =
      TRIGGERS.callNouns.has(word) || TRIGGERS.meeting.has(word) || TRIGGERS.credentials.has(word);
    if (k > j && !afterJoiner && eventWord) break;
    // `الرئيس ديبي يثمن عالياً`: a short present verb, or a word with tanween, ends the name;
    // `المستشارة محاورة أساسية`: so does an indefinite feminine adjective (`أساسية`, `رسمية`).
    if (
      k > j &&
      (SHORT_VERB.test(word) ||
        raw(k).includes("\u064B") ||
        (!word.startsWith("ال") && /^\S{4,}يه$/.test(word)))
    )
      break;
    // `بسام صباغ ومعاون وزير الخارجية`, `وزعيم حزب …`: "and" + an office noun starts the next person.
    // `إبراهيم محلب مساعد رئيس الجمهورية`: an office noun after a name is its bearer's title.
    // `عبد الرحمن بن مساعد`: after `بن` an office noun is the father's name.
    const officeNoun = OFFICE_NOUNS.has(word) || (/^و/.test(word) && OFFICE_NOUNS.has(word.slice(1)));
    if (k > j && !afterJoiner && officeNoun) break;
    // `خيرات عبد الرحمانوف التحضيرات`: a definite plural or feminine noun ends the name.
    if (k > j && !afterJoiner && /^ال..+(ات|يه)$/.test(word)) break;
    // `للشيخ تميم نقلها …`: a verb carrying its object, or a preposition's noun, ends the name.
    if (k > j && !afterJoiner && !particle && !imam && endsName(word, raw(k))) break;
    last = k;
  }
  while (last >= j && NAME_JOINERS.has(tokens[last]!.norm)) last--;
  if (last < j) return null;
  // `نائب وزير الخارجية الروسي يناقش …`: what follows the title is the sentence's predicate.
  const second = last > j ? { norm: tokens[j + 1]!.norm, raw: raw(j + 1) } : undefined;
  // `الرئيس صدر جباروف رئيس الجمهورية القيرغيزية`: between two titles even a word of prose opens a name.
  const framed = last > j && whyNotAName(tokens[j]!.norm, raw(j)) === "prose" && titleFollows(scan, last);
  if (!framed && !opensName(tokens[j]!.norm, raw(j), second)) return null;
  const royal = office === "king" || office === "emir" || office === "sultan" || office === "crown-prince";
  // `نظيره الإندونيسي سوغيونو،`: one name word closed by punctuation, after a state, is a mononym.
  // `… الإندونيسي سوجيونو خلال استقباله`: or followed by a preposition or a time word.
  const after = tokens[j + 1];
  const closed =
    /^[،,.؛:]/.test(scan.input.text.slice(tokens[j]!.end)) ||
    (after !== undefined &&
      scan.adjacent(j, j + 1) &&
      MONONYM_ENDS.has(after.norm) &&
      // `عملة`: a noun's feminine ending is no foreign one-word name's.
      !/ه$/.test(tokens[j]!.norm) &&
      tokens[j]!.norm.length >= 5);
  const mononym = hasCountry && closed && tokens[j]!.norm.length >= 4 && !looksLikeVerb(tokens[j]!.norm);
  // `أمير قطر أزمتي سوريا`: a royal's one-word name is a given name, not any word after the title.
  const alone = (royal && standsAlone(tokens[j]!.norm)) || mononym;
  if (last === j) return alone && !looksLikeVerb(tokens[j]!.norm) ? last : null;
  return last;
}

function familyNisba(scan: Scan, j: number, k: number, hit: CatalogHit): boolean {
  const { tokens } = scan.input;
  if (hit.kind !== "demonym" || hit.first !== hit.last || k - j < 2 || !scan.adjacent(k - 1, k)) return false;
  if (!/^ال/.test(tokens[k]!.norm) || !NAMES.sonOfWords.has(tokens[k - 2]!.norm)) return false;
  return !/[،,]/.test(scan.input.text.slice(tokens[k - 1]!.end, tokens[k]!.start));
}

function spelledCatalogHead(scan: Scan, j: number, k: number, hit: CatalogHit): boolean {
  if (hit.entry.type !== "Person" || !scan.adjacent(k - 1, k)) return false;
  const words = (a: number, b: number) => scan.input.tokens.slice(a, b + 1).map((t) => t.norm);
  return spellsAliasHead(words(j, k - 1), hit.entry, words(k, hit.last));
}

const SAUDI_STYLE = TITLES.saudiKingStyles;
const titleText = (scan: Scan, t: TitleHit) =>
  scan.input.tokens
    .slice(t.first, t.last + 1)
    .map((k) => k.norm)
    .join(" ");

/** After a one-word name: prepositions and time words that open the rest of the clause. */
const MONONYM_ENDS = NAMES.mononymEnds;

/** `يثمن`, `تدعم`: a present tense of four letters, its prefix and three consonants. */
const SHORT_VERB = /^[يت][^اويىء](?!نغ$)[^اويىء][^اويىءه]$/;

const ROLE_OFFICE_KEYS: ReadonlySet<string> = new Set(ROLE_OFFICES);

/** `بجمهورية كازاخستان`, `في دولة قطر`, `بكازاخستان`, `في فنزويلا`: a state's name after `في` or a glued `ب`. */
function stateAfterPreposition(scan: Scan, j: number): CatalogHit | undefined {
  const { tokens } = scan.input;
  const word = tokens[j]?.norm ?? "";
  const country = (k: number) => {
    const h = scan.hitAt(k, "Country");
    return h?.kind === "alias" ? h : undefined;
  };
  if (word === "في") return STATE_STYLE.has(tokens[j + 1]?.norm ?? "") ? country(j + 2) : country(j + 1);
  if (!word.startsWith("ب")) return undefined;
  if (STATE_STYLE.has(word.slice(1))) return country(j + 1);
  const glued = country(j);
  return glued && glued.start > tokens[j]!.start ? glued : undefined;
}

/** A title of a state right after token `last` (`… رئيس جمهورية طاجيكستان`, `، وزير خارجية …`). */
function titleFollows(scan: Scan, last: number): boolean {
  const { tokens, text } = scan.input;
  if (!/^\s*[،,]?\s*$/.test(text.slice(tokens[last]!.end, tokens[last + 1]?.start ?? 0))) return false;
  const t = titleAt(tokens, last + 1);
  return t !== null && t.office !== null;
}

/**
 * A title word inside a name is the next person's title, except a construct title that is also a
 * given name and governs no state (`السيد سلطان بن سعد المريخي`, not `سلطان عمان`).
 */
function titleHere(scan: Scan, k: number): boolean {
  const t = titleAt(scan.input.tokens, k);
  if (!t) return false;
  const governs = scan.byFirst.get(t.last + 1);
  return !(t.construct && GIVEN_NAMES.has(scan.input.tokens[k]!.norm) && governs?.entry.type !== "Country");
}

/** After a title: the nationality or country it is of, an envoy's `إلى X`, `السابق`, honorifics. */
function skipPost(scan: Scan, j: number): number {
  const { tokens } = scan.input;
  const here = scan.byFirst.get(j);
  // `السفير الروسي بدمشق`, `سفير الولايات المتحدة بالمغرب`: a glued `ب` names the post.
  const glued = here !== undefined && here.start > tokens[j]!.start;
  if (glued && (here.entry.type === "Place" || here.entry.type === "Country")) return here.last + 1;
  if (TITLES.postPrepositions.has(tokens[j]?.norm ?? "")) {
    const next = scan.byFirst.get(j + 1);
    if (next && ["Place", "Country", "Organization"].includes(next.entry.type)) return next.last + 1;
    // `سفير الصين لدى البلاد تشانغ جيانوي`: posted to the report's own country.
    if (tokens[j]!.norm === "لدي" && HOME_WORDS.has(tokens[j + 1]?.norm ?? "")) return j + 2;
    // `المستشار في الديوان الملكي نزار العلولا`: a court or office the catalog lacks, then the name.
    const court = TITLES.courtWords.has(tokens[j + 1]?.norm ?? "");
    if (court) return /^ال..+(ي|يه)$/.test(tokens[j + 2]?.norm ?? "") ? j + 3 : j + 2;
    // `وزير الخارجية في حكومة تصريف الأعمال أسعد …`, `في الحكومة الانتقالية`: the cabinet, then the name.
    if (TITLES.governmentWords.has(tokens[j + 1]?.norm ?? "")) {
      let k = j + 2;
      if (tokens[k]?.norm === "تصريف" && tokens[k + 1]?.norm === "الاعمال") k += 2;
      while (/^ال..+(ي|يه)$/.test(tokens[k]?.norm ?? "")) k++;
      return k;
    }
  }
  return j;
}

function sideBefore(scan: Scan, first: number): string | null {
  const { tokens } = scan.input;
  for (const h of scan.input.hits) {
    // `من الجانب التشادي وزير الدولة وزير الخارجية X`: a title may stand between.
    if (h.last >= first || h.last < first - 4 || h.entry.type !== "Country" || h.kind !== "demonym") continue;
    if (tokens.slice(h.last + 1, first).some((k) => !TITLES.sideTitleWords.has(k.norm))) continue;
    if (/^(و)?(من )?الجانب$/.test(tokens[h.first - 1]?.norm ?? "")) return h.entry.id;
  }
  return null;
}

const OFFICE_NOUNS = TITLES.officeNouns;

const RANKS = TITLES.ranks;
/** `الفريق أول`, `والفريق أول ركن`: a rank's grade words belong to the rank, however it is glued. */
function rankGrade(tokens: Scan["input"]["tokens"], j: number): boolean {
  const rank = cliticForms(tokens[j - 1]?.norm ?? "").some((f) => RANKS.has(f.form));
  return TITLES.rankGrades.has(tokens[j]!.norm) && (rank || TITLES.rankGrades.has(tokens[j - 1]?.norm ?? ""));
}

export function afterTitle(scan: Scan, t: TitleHit) {
  const { tokens } = scan.input;
  let j = t.last + 1;
  let country: string | null = null;
  if (t.office === "spokesperson") {
    for (let k = j; k < j + 3; k++) {
      const h = scan.byFirst.get(k);
      if (h && (h.entry.type === "Country" || h.entry.type === "Organization")) {
        country = h.entry.id;
        j = h.last + 1;
        break;
      }
    }
  }
  // `خادم الحرمين الشريفين`: the Saudi king's style names his state.
  if (!country && t.office === "king" && SAUDI_STYLE.has(titleText(scan, t)))
    country = "country:saudi-arabia";
  const next = scan.byFirst.get(j);
  if (
    !country &&
    next?.entry.type === "Country" &&
    (t.construct ? next.kind === "alias" : next.kind === "demonym")
  ) {
    country = next.entry.id;
    j = next.last + 1;
  }
  // `أمين محافظة جدة صالح …`, `عمدة باريس آن …`: an office of a city names the city first.
  if (!country && t.office === null && next?.entry.type === "Place" && next.first === j) j = next.last + 1;
  // `المبعوث الأمريكي الخاص للسودان توم بيرييلو`: the envoy's mission before the name.
  if (t.office === "un-envoy" && country && tokens[j]?.norm === "الخاص") {
    const mission = scan.byFirst.get(j + 1);
    j = mission?.entry.type === "Country" && mission.first === j + 1 ? mission.last + 1 : j + 1;
  }
  if (t.office === "un-envoy" && ["الي", "الخاص"].includes(tokens[j]?.norm ?? "")) {
    const k = tokens[j]!.norm === "الخاص" ? j + 1 : j;
    const h = tokens[k]?.norm === "الي" ? scan.hitAt(k + 1, "Country") : undefined;
    if (h) {
      country = h.entry.id;
      j = h.last + 1;
    }
  }
  // `رئيس مجلس نواب الشعب محمد الناصر`: a construct title of a catalogued body, then the name;
  // `الأمين العام للأمم المتحدة أنطونيو غوتيريش`: a body glued to `ل` after any title.
  const next0 = scan.byFirst.get(j);
  const gluedBody = next0 !== undefined && next0.start > tokens[j]!.start && tokens[j]!.norm.startsWith("ل");
  const body = !country && (t.construct || gluedBody) ? next0 : undefined;
  if (body?.entry.type === "Organization" && body.first === j) {
    country = body.entry.id;
    j = body.last + 1;
  }
  // `أمير البلاد`, `رئيس الدولة`: the country the report is filed from.
  const head = t.office !== null && HEAD_OFFICES.has(t.office);
  // `عاهل البلاد حضرة صاحب الجلالة الملك حمد …`: the name a few words on says who; the report's
  // country is only a guess (its first state named) when no dateline gives it.
  const namedSoon = () =>
    [2, 3, 4, 5, 6].some((d) => {
      const offices = (scan.hitAt(j + d, "Person")?.entry as CatalogPerson | undefined)?.offices;
      return offices !== undefined && offices.length > 0 && !offices.some((o) => o.of === scan.input.home);
    });
  if (
    !country &&
    t.construct &&
    head &&
    HOME_WORDS.has(tokens[j]?.norm ?? "") &&
    scan.input.home &&
    !namedSoon()
  ) {
    country = scan.input.home;
    j++;
  }
  // `أمير دولة قطر`, `ملك مملكة البحرين`: the state's style before its name; `سفيرة الجمهورية
  // الفرنسية`: its style with the article, then its nationality.
  const style = tokens[j]?.norm ?? "";
  const definiteStyle = style.startsWith("ال") && STATE_STYLE.has(style.slice(2));
  if (!country && (STATE_STYLE.has(style) || definiteStyle)) {
    const h = scan.hitAt(j + 1, "Country");
    if (h && (!definiteStyle || h.kind === "demonym")) {
      country = h.entry.id;
      j = h.last + 1;
    }
  }
  // `وزير الخارجية بجمهورية كازاخستان مراد …`, `في جمهورية فنزويلا البوليفارية`: the state after a preposition.
  if (!country && t.office !== null && ROLE_OFFICE_KEYS.has(t.office)) {
    const state = stateAfterPreposition(scan, j);
    if (state) {
      country = state.entry.id;
      j = state.last + 1;
    }
  }
  // `رئيس حكومة تصريف الأعمال نجيب ميقاتي`: a caretaker's government is no name.
  if (tokens[j]?.norm === "تصريف" && tokens[j + 1]?.norm === "الاعمال") j += 2;
  // `جمهورية مصر العربية الشقيقة`, `رئيس الوزراء الموقر`: epithets of the state or of the title itself;
  // after a state, also its style (`الإسلامية`) and the tail of its long name (`المتحدة`).
  const styleWord = (w: string) =>
    FRIENDLY.has(w) || (country !== null && (STYLE_AFTER.test(w) || STATE_TAILS.has(w)));
  while (tokens[j] && styleWord(tokens[j]!.norm) && !scan.byFirst.has(j)) j++;
  // `وزير الخارجية والمغتربين`, `وزير الخارجية وشؤون المغتربين`: the portfolio's longer name.
  while (tokens[j] && !country && TITLE_TAIL.has(tokens[j]!.norm)) j++;
  // `وزير الاقتصاد والمالية`: a minister's second portfolio, never the start of a name.
  // `ووزير الطاقة والنفط`: the title may carry a clitic.
  const minister = /^(ال)?وزير/.test(tokens[t.first]!.norm) || /^وزيره?$/.test(titleWord(tokens[t.first]!));
  while (minister && tokens[j] && !country && /^وال../.test(tokens[j]!.norm) && !namedAt(scan, j)) j++;
  // `زعيم حزب الحركة القومية دولت بهتشلي`, `رئيس جهاز الأمن الوطني`: the body's name before the person's.
  if (BODY_NOUNS.has(tokens[t.last]!.norm)) {
    // `جهاز أمن الدولة`: the body's name may open with a construct noun.
    if (!/^(ال|وال)/.test(tokens[j]?.norm ?? "") && /^(ال|وال)../.test(tokens[j + 1]?.norm ?? "")) j++;
    for (let k = 0; k < 4 && /^(ال|وال)../.test(tokens[j]?.norm ?? "") && !namedAt(scan, j); k++) j++;
  }
  // `المفوض الأوروبي لشؤون الجوار أوليفر فارهيلي`, `مستشار وزير الخارجية للشؤون السياسية علي …`:
  // a brief (`لشؤون …`, `للشؤون …`, `لشؤون مجلس الوزراء`) before the name.
  // `شؤون` and `شئون` are one word, the hamza seated otherwise.
  if (/^(ل|و|لل|ال)?ش(و|ي)ون$/.test(tokens[j]?.norm ?? "")) {
    j++;
    // The brief's first word may be a construct noun (`مجلس`); the rest are definite.
    if (tokens[j] && !/^(ال|وال)/.test(tokens[j]!.norm) && /^(ال|وال)../.test(tokens[j + 1]?.norm ?? "")) j++;
    for (let k = 0; k < 3 && /^(ال|وال)../.test(tokens[j]?.norm ?? "") && !scan.byFirst.has(j); k++) j++;
  }
  // `الوزير المفوض لوزارة الخارجية X`, `المستشار بوزارة الدفاع X`: the ministry served, then the name.
  if (/^(ل|ب)وزاره$/.test(tokens[j]?.norm ?? "")) {
    j++;
    for (let k = 0; k < 3 && /^(ال|وال)../.test(tokens[j]?.norm ?? "") && !namedAt(scan, j); k++) j++;
  }
  // `وزيرة الانتقال الطاقي ليلى بنعلي`: a bare `وزير` is followed by its portfolio's definite words.
  const bare = t.last === t.first && /^وزيره?$/.test(titleWord(tokens[t.first]!));
  for (
    let k = 0;
    bare && !country && k < 4 && /^(ال|وال)../.test(tokens[j]?.norm ?? "") && !namedAt(scan, j);
    k++
  )
    j++;
  // `وزير الشؤون الخارجية والتجارة الهنغاري`: the nationality after the portfolio's longer name.
  const late = country ? undefined : scan.byFirst.get(j);
  if (late?.entry.type === "Country" && late.kind === "demonym" && j > t.last + 1) {
    country = late.entry.id;
    j = late.last + 1;
  }
  // `ومن الجانب التشادي وزير الخارجية X`: the side named before the title is its state.
  if (!country) country = sideBefore(scan, t.first);
  // A nationality the catalog lacks (`الكيني`) still ends the title, not starts a name.
  // `الباجي قائد السبسي` looks like a nationality but is the start of a catalogued name.
  if (!country && looksLikeNisba(tokens[j]?.norm ?? "") && !scan.byFirst.has(j)) j++;
  // `السفير الروسي بدمشق …`, `سفير مصر لدى روسيا …`: where the post is, before the name.
  j = skipPost(scan, j);
  const former = FORMER.has(tokens[j]?.norm ?? "");
  if (former) j++;
  // `الفريق أول ركن عبد الفتاح البرهان`: a rank's grade words belong to the rank.
  while (tokens[j] && (HONORIFIC_WORDS.has(tokens[j]!.norm) || rankGrade(tokens, j))) j++;
  // A spokesperson is named after an honorific (`السفير بسام راضي`) or is catalogued; else no name.
  // `المتحدث باسم الحكومة الإسبانية خوسيه مارتينيث،`: after the body's state, a name of two words or more.
  const spokenName = () => {
    const last = country ? unseenName(scan, j, t.office, true) : null;
    return last !== null && last > j;
  };
  if (
    t.office === "spokesperson" &&
    !HONORIFIC_WORDS.has(tokens[j - 1]?.norm ?? "") &&
    !scan.hitAt(j, "Person") &&
    !spokenName()
  ) {
    return { j: tokens.length, country, former: true, roleLast: j - 1 };
  }
  return { j, country, former, roleLast: j - 1 };
}

/**
 * A catalogued name (a person, state or place) starts at token j. A topic does not stop a portfolio:
 * `وزير الطاقة والنفط` names the ministry, not the energy question.
 */
function namedAt(scan: Scan, j: number): boolean {
  const hit = scan.byFirst.get(j);
  return hit !== undefined && hit.entry.type !== "Topic";
}

/** The title word without its clitics: `ووزيرة` → `وزيره`. */
function titleWord(token: Token): string {
  return cliticForms(token.norm).find((f) => /^وزيره?$/.test(f.form))?.form ?? token.norm;
}
