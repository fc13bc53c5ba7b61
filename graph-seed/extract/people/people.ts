/**
 * People named through a title: a title (+ nationality) before a catalogued name states that person's
 * office; before an unknown name it introduces a new Person (`person:ar-<name>`); with no name after
 * it, it is a role phrase resolved through the catalog on the article's date. `نظيره المصري` names the
 * counterpart of the person just mentioned; `الرئيسان الروسي والمصري` names two.
 */
import { type CatalogPerson, type OfficeKey, ROLE_OFFICES } from "../../catalog/types.ts";
import { GIVEN_NAMES, NAMES, PLACES, TITLES } from "../lexicon/index.ts";
import type { CatalogHit } from "../mentions/catalogMatch.ts";
import type { Mention } from "../mentions/mentions.ts";
import { normalizeArabic } from "../text/normalize.ts";
import { cliticForms, formsOf, spanFrom, type Token } from "../text/tokens.ts";
import { opensMessrs, scanMessrs } from "./messrs.ts";
import { nameBeforeTitle } from "./nameBeforeTitle.ts";
import { opensName } from "./nameShape.ts";
import { looksLikeName, looksLikeNisba } from "./nameWords.ts";
import { type PeopleInput, Scan, statedOffice } from "./peopleScan.ts";
import { holderOf, officeOn } from "./roles.ts";
import { sameSkeleton } from "./skeleton.ts";
import { afterTitle, unseenName } from "./titleNames.ts";
import type { TitleHit } from "./titles.ts";
import { titleAt } from "./titles.ts";

export type { PeopleInput };

const RESOLVABLE = new Set<OfficeKey>(ROLE_OFFICES);
const MINISTER = TITLES.ministerWords;
const DEPUTY = TITLES.deputies;
const COUNTERPART = NAMES.counterparts;
const DUAL_COUNTERPART = NAMES.dualCounterparts;
const DUAL_PRESIDENTS = NAMES.dualPresidents;

/** `السلطان المعظم`: nothing but epithets of the title between `from` and `to` (none at all counts). */
const epithetsOnly = (tokens: Token[], from: number, to: number) =>
  tokens.slice(from, to + 1).every((k) => TITLES.friendlyEpithets.has(k.norm));

function scanTitle(scan: Scan, t: TitleHit): number {
  scan.spokesperson = t.office === "spokesperson";
  const { j, country, former, roleLast } = afterTitle(scan, t);
  const { tokens, published } = scan.input;
  const of = t.office === "un-envoy" ? country : country;
  // `الملك عبدالله الثاني بن الحسين`: the catalogued name may start at the title itself.
  const over = scan.hitOver(j);
  const named = scan.adjacent(j - 1, j)
    ? (scan.hitAt(j, "Person") ?? (over?.entry.type === "Person" ? over : undefined))
    : undefined;
  // `السفير بخاري` after `السفير السعودي وليد بخاري`: the family name of the one the article named.
  const earlier = named && named.first === named.last ? scan.namedBefore(named.first, named.last) : null;
  if (named && earlier) {
    scan.push(earlier, named.first, named.last, named.start, undefined, "local");
    return named.last;
  }
  if (named) {
    const office = former ? undefined : statedOffice(t.office, of, scan, t.first, named.last);
    scan.push(named.entry as CatalogPerson, named.first, named.last, named.start, office, "catalog");
    return named.last;
  }
  // `قاسم جومرت توكاييف`, `ميخئيل ليونيدوفتش بوغدانوف`: a given name and more, spelled as no alias
  // has it, before a catalogued surname of the same person.
  const surnamed = scan.adjacent(j - 1, j) ? spelledBeforeSurname(scan, j) : undefined;
  if (surnamed) {
    const office = former ? undefined : statedOffice(t.office, of, scan, t.first, surnamed.last);
    scan.push(surnamed.entry as CatalogPerson, j, surnamed.last, tokens[j]!.start, office, "catalog");
    return surnamed.last;
  }
  // `رئيس مجلس النواب …`: a construct title with no state after it is followed by an institution.
  const open = scan.adjacent(j - 1, j) && !(t.construct && country === null);
  const nameLast = open ? unseenName(scan, j, t.office, country !== null) : null;
  if (nameLast !== null) {
    const start = tokens[j]!.start;
    const nameText = scan.input.text.slice(start, tokens[nameLast]!.end);
    const slug = tokens
      .slice(j, nameLast + 1)
      .map((x) => x.norm)
      .join("-");
    const office = former ? undefined : statedOffice(t.office, of, scan, t.first, nameLast);
    scan.push(
      { id: `person:ar-${slug}`, name: { ar: nameText, en: null } },
      j,
      nameLast,
      start,
      office,
      "title",
    );
    if (t.office) scan.found[scan.found.length - 1]!.titled = t.office;
    return nameLast;
  }
  // `صامويل أوكودزيتو أبلاكوا وزير خارجية جمهورية غانا`: the name before a state's title.
  // `عن الجانب الأذربيجاني حكمت حاجييف مساعد الرئيس`: or after the side it speaks for.
  const before = nameBeforeTitle(scan, t.first, country === null);
  if (before) {
    const start = spanFrom(tokens[before.first]!, before.cut).start;
    const words = tokens.slice(before.first, before.last + 1).map((x) => x.norm);
    words[0] = words[0]!.slice(before.cut);
    const office = former ? undefined : statedOffice(t.office, of, scan, t.first, roleLast);
    const name = { ar: scan.input.text.slice(start, tokens[before.last]!.end), en: null };
    scan.push(
      { id: `person:ar-${words.join("-")}`, name },
      before.first,
      before.last,
      start,
      office,
      "title",
    );
    if (t.office) scan.found[scan.found.length - 1]!.titled = t.office;
    return roleLast;
  }
  // `نائب رئيس …`, `مساعد وزير …`: a deputy's title names no office holder.
  const deputy = DEPUTY.has(tokens[t.first - 1]?.norm ?? "");
  // `الوزير الصربي`: the minister of that state the article has named.
  if (!t.office && country && roleLast > t.last && MINISTER.has(tokens[t.first]!.norm)) {
    const id =
      scan.statedHolderBefore(t.first, null, country) ?? catalogMinisterBefore(scan, t.first, country);
    if (id) scan.push({ id, name: { ar: "", en: null } }, t.first, roleLast, t.start);
    return roleLast;
  }
  if (former || deputy || !t.office || !RESOLVABLE.has(t.office)) return t.last;
  if (country && roleLast > t.last) {
    // `الرئيس الغاني` after `الرئيس الغاني جون ماهاما`: the holder the article named comes first.
    const stated = scan.statedHolderBefore(t.first, t.office, country);
    const holder = holderOf(t.office, country, published);
    if (stated) scan.push({ id: stated, name: { ar: "", en: null } }, t.first, roleLast, t.start);
    else if (holder) scan.push(holder, t.first, roleLast, t.start);
  } else if (!country && !t.construct && epithetsOnly(tokens, t.last + 1, roleLast)) {
    // `… آل ثاني رئيس مجلس الوزراء وزير الخارجية`: a second title right after a person is theirs;
    // `وأكد ولي العهد …` with no country: the holder of that office the article just named.
    const prev = scan.found.findLast((m) => m.last === t.first - 1);
    const chained = prev && /^\s+$/.test(scan.input.text.slice(tokens[prev.last]!.end, t.start));
    // `وكان رئيس الوزراء وزير الخارجية محمد مصطفى`: two offices of the one person named after the
    // second, not the prime minister the article named before.
    const second = scan.adjacent(roleLast, roleLast + 1) ? titleAt(tokens, roleLast + 1) : null;
    if (!chained && second?.office) return t.last;
    const id = chained ? prev.entityId : scan.lastHolderBefore(t.first, t.office);
    if (id) scan.push({ id, name: { ar: "", en: null } }, t.first, t.last, t.start);
  }
  return t.last;
}

/**
 * A catalogued person's hit within three words after `j`, whose alias starts with a word spelled like
 * the word at `j` (the same consonant skeleton), with only name-like words between.
 */
function spelledBeforeSurname(scan: Scan, j: number): CatalogHit | undefined {
  const { tokens } = scan.input;
  for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
    if (!scan.adjacent(k - 1, k) || !looksLikeName(tokens[k - 1]!.norm)) return undefined;
    const h = scan.hitAt(k, "Person");
    if (!h) continue;
    const firsts = h.entry.aliases.map((a) => normalizeArabic(a).split(/\s+/)[0]!);
    const given = tokens[j]!.norm;
    return firsts.some((w) => w !== tokens[k]!.norm && (w === given || sameSkeleton(w, given)))
      ? h
      : undefined;
  }
  return undefined;
}

/** `الوزير الإيراني` after `حسين أمير عبد اللهيان`: a catalogued minister of that state named earlier. */
function catalogMinisterBefore(scan: Scan, i: number, country: string): string | null {
  const { published } = scan.input;
  const ministers: OfficeKey[] = ["foreign-minister", "defense-minister", "deputy-foreign-minister"];
  const m = scan.found.findLast(
    (x) => x.first < i && ministers.some((o) => holderOf(o, country, published)?.id === x.entityId),
  );
  return m?.entityId ?? null;
}

/** One counterpart after its demonym: a name the catalog lacks, or the holder of the anchor's office. */
function counterpartAfter(
  scan: Scan,
  demonym: CatalogHit,
  role: ReturnType<typeof officeOn>,
  phraseFirst: number,
  phraseStart: number,
): number {
  const { tokens, published } = scan.input;
  const named = scan.adjacent(demonym.last, demonym.last + 1)
    ? scan.hitAt(demonym.last + 1, "Person")
    : undefined;
  if (named) return named.last;
  // `ونظيره السوداني علي الصادق`: an unknown counterpart named right after the phrase.
  const nameLast = scan.adjacent(demonym.last, demonym.last + 1)
    ? unseenName(scan, demonym.last + 1, null, true)
    : null;
  if (nameLast !== null) {
    const j = demonym.last + 1;
    const start = tokens[j]!.start;
    const slug = tokens
      .slice(j, nameLast + 1)
      .map((x) => x.norm)
      .join("-");
    const office = role
      ? statedOffice(role.office, demonym.entry.id, scan, phraseFirst, nameLast)
      : undefined;
    const name = { ar: scan.input.text.slice(start, tokens[nameLast]!.end), en: null };
    scan.push({ id: `person:ar-${slug}`, name }, j, nameLast, start, office, "title");
    return nameLast;
  }
  const holder = role ? holderOf(role.office, demonym.entry.id, published) : null;
  if (holder) scan.push(holder, phraseFirst, demonym.last, phraseStart);
  // `وزير خارجية جمهورية صربيا` named earlier, and now `نظيره الصربي`: the article's own office holder.
  const stated = role && !holder ? scan.statedHolderBefore(phraseFirst, role.office, demonym.entry.id) : null;
  if (stated) scan.push({ id: stated, name: { ar: "", en: null } }, phraseFirst, demonym.last, phraseStart);
  return demonym.last;
}

/**
 * `نظيره المصري`, `نظيرته السنغالية، ياسين فال`: the counterpart of the person just mentioned. A dual
 * (`نظيريه الأردني ناصر جودة والنيجيري …`, `نظيريه التركي والإيراني`) names one for each demonym.
 */
function scanCounterpart(scan: Scan, i: number, cut: number): void {
  const { tokens, published } = scan.input;
  let demonym = scan.byFirst.get(i + 1);
  if (demonym?.entry.type !== "Country" || demonym.kind !== "demonym") return;
  const anchor = scan.lastPersonBefore(i);
  const role = anchor ? officeOn(anchor, published) : null;
  let last = counterpartAfter(scan, demonym, role, i, spanFrom(tokens[i]!, cut).start);
  if (!DUAL_COUNTERPART.has(tokens[i]!.norm.slice(cut))) return;
  demonym = scan.byFirst.get(last + 1);
  if (demonym?.kind !== "demonym" || !scan.adjacent(last, last + 1)) return;
  last = counterpartAfter(scan, demonym, role, demonym.first, demonym.start);
}

function scanDual(scan: Scan, i: number, cut: number): void {
  const { tokens, published } = scan.input;
  let k = i + 1;
  while (scan.byFirst.get(k)?.kind === "demonym") {
    const h = scan.byFirst.get(k)!;
    const holder = holderOf("president", h.entry.id, published);
    if (holder) scan.push(holder, h.first, h.last, k === i + 1 ? spanFrom(tokens[i]!, cut).start : h.start);
    k = h.last + 1;
  }
}

/** `مساعد وزير الخارجية`, `نائب رئيس الوزراء`: a rank before the title, part of it. */
const RANK_BEFORE = TITLES.rankBefore;

/**
 * An unknown name right before a title of a state is that person: set off by a comma (`أكد خوسيه
 * مانويل ألباريس، وزير الخارجية الإسباني، …`), or not (`نقلها حسين جابري أنصاري مساعد وزير الخارجية
 * الإيراني`), when the name opens after a verb, a function word or punctuation and reads as a name.
 */
function scanAppositive(scan: Scan, t: TitleHit): void {
  const { tokens, text } = scan.input;
  let head = t.first;
  while (head > 0 && RANK_BEFORE.has(tokens[head - 1]!.norm) && scan.adjacent(head - 1, head)) head--;
  if (head === 0) return;
  const gap = text.slice(tokens[head - 1]!.end, tokens[head]!.start);
  const comma = /^\s*[،,]\s*$/.test(gap);
  if (!comma && !/^ +$/.test(gap)) return;
  const { country } = afterTitle(scan, t);
  if (!country) return;
  const raw = (k: number) => text.slice(tokens[k]!.start, tokens[k]!.end);
  // `نقلها محمد رضا …`: a word that opens no name (a verb, a pronoun-bearing word) bounds the name.
  const bound = (k: number) => !looksLikeName(tokens[k]!.norm) || !opensName(tokens[k]!.norm, raw(k));
  let first = head;
  for (let k = head - 1; k >= Math.max(0, head - 4); k--) {
    const bounded = k === 0 || !scan.adjacent(k - 1, k) || bound(k - 1);
    if (!looksLikeName(tokens[k]!.norm) || scan.hitOver(k) || looksLikeNisba(tokens[k]!.norm)) return;
    if (k < head - 1 && !scan.adjacent(k, k + 1)) return;
    first = k;
    if (bounded) break;
  }
  const last = head - 1;
  const before = tokens[first - 1];
  if (last - first < 1 || (before && scan.adjacent(first - 1, first) && !bound(first - 1))) return;
  // Without a comma the words before a title are as often the sentence's as a name's: each must
  // read as a name, with no comma between, and one must be a known given name.
  if (!comma) {
    const words = tokens.slice(first, last + 1);
    const apart = words.some((x, i) => i > 0 && !/^ +$/.test(text.slice(words[i - 1]!.end, x.start)));
    const named = words.some((x) => GIVEN_NAMES.has(x.norm));
    if (apart || !named || !words.every((x) => opensName(x.norm, raw(x.index)))) return;
  }
  const start = tokens[first]!.start;
  const slug = tokens
    .slice(first, last + 1)
    .map((x) => x.norm)
    .join("-");
  const office = statedOffice(t.office, country, scan, first, t.last);
  scan.push(
    { id: `person:ar-${slug}`, name: { ar: text.slice(start, tokens[last]!.end), en: null } },
    first,
    last,
    start,
    office,
    "title",
  );
}

/** `نيكولا سيلاكوفيتش وزير خارجية جمهورية صربيا`: a title of a state right after a name is that person's office. */
function officeAfterName(scan: Scan, t: TitleHit): void {
  const m = scan.found.findLast((x) => x.last === t.first - 1);
  // Only a name found from context: a role (`الرئيس الروسي رئيس الوزراء …`) is an object, not apposition.
  if (m?.source !== "title" || m.office || !t.office || !scan.adjacent(m.last, t.first)) return;
  const { j, country, roleLast } = afterTitle(scan, t);
  if (!country || scan.hitAt(j, "Person")) return;
  if (scan.adjacent(j - 1, j) && unseenName(scan, j, t.office, true) !== null) return;
  m.office = statedOffice(t.office, country, scan, t.first, roleLast);
}

/** `مطار الملك عبدالعزيز`, `جامعة الملك سعود`: a royal title after such a noun names a place after someone. */
function namedAfter(tokens: PeopleInput["tokens"], t: TitleHit): boolean {
  const head = tokens[t.first - 1];
  if (!head || !PLACES.siteHonours.has(tokens[t.first]!.norm)) return false;
  return cliticForms(head.norm).some((f) => PLACES.namedAfterHeads.has(f.form));
}

export function findPeople(input: PeopleInput): Mention[] {
  const scan = new Scan(input);
  const { tokens } = input;
  // Words inside a catalogued name (`أمير` in `حسين أمير عبد اللهيان`) are not titles.
  const inName = new Set<number>();
  for (const h of input.hits)
    if (h.entry.type === "Person") for (let k = h.first + 1; k <= h.last; k++) inName.add(k);
  for (let i = 0; i < tokens.length; i++) {
    scan.spokesperson = false;
    if (inName.has(i)) continue;
    const forms = formsOf(tokens[i]!);
    const counterpart = forms.find((f) => COUNTERPART.has(f.form));
    if (counterpart) scanCounterpart(scan, i, counterpart.cut);
    const dual = forms.find((f) => DUAL_PRESIDENTS.has(f.form));
    if (dual) scanDual(scan, i, dual.cut);
    if (opensMessrs(tokens[i]!.norm)) {
      i = scanMessrs(scan, i);
      continue;
    }
    const t = titleAt(tokens, i);
    if (t && namedAfter(tokens, t)) {
      i = t.last;
      continue;
    }
    if (t) {
      scanAppositive(scan, t);
      officeAfterName(scan, t);
      i = Math.max(i, scanTitle(scan, t));
    }
  }
  return scan.found;
}
