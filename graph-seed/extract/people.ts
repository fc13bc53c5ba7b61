/**
 * People named through a title: a title (+ nationality) before a catalogued name states that person's
 * office; before an unknown name it introduces a new Person (`person:ar-<name>`); with no name after
 * it, it is a role phrase resolved through the catalog on the article's date. `نظيره المصري` names the
 * counterpart of the person just mentioned.
 */
import type { ExtractedOffice } from "../../model/extraction.ts";
import { OFFICE_NAMES } from "../catalog/offices.ts";
import type { CatalogPerson, OfficeKey } from "../catalog/types.ts";
import type { CatalogHit } from "./catalogMatch.ts";
import type { Mention } from "./mentions.ts";
import { looksLikeName, looksLikeNisba, looksLikeVerb, NAME_JOINERS } from "./nameWords.ts";
import { normalizeArabic } from "./normalize.ts";
import { holderOf, officeOn } from "./roles.ts";
import { type TitleHit, titleAt } from "./titles.ts";
import { cliticForms, spanFrom, type Token } from "./tokens.ts";

export interface PeopleInput {
  text: string;
  tokens: Token[];
  hits: CatalogHit[];
  published: string | null;
}

/** Offices a role phrase alone denotes one person by (not envoys, spokespeople, ambassadors). */
const RESOLVABLE = new Set<OfficeKey>([
  "president",
  "prime-minister",
  "foreign-minister",
  "defense-minister",
  "king",
  "crown-prince",
  "emir",
  "sultan",
  "chancellor",
]);
const STATE_STYLE = new Set(["دوله", "مملكه", "سلطنه", "جمهوريه", "اماره"]);
const HONORIFIC_WORDS = new Set([
  "السفير",
  "السيد",
  "السيده",
  "الدكتور",
  "المشير",
  "الامير",
  "الشيخ",
  "الملك",
  "الوزير",
]);
const DEPUTY = new Set(["نايب", "مساعد", "مستشار", "لنايب", "ونايب"]);
const TITLE_TAIL = new Set([
  "والمغتربين",
  "المغتربين",
  "وشوون",
  "والتعاون",
  "الدولي",
  "الافريقي",
  "والتجاره",
  "الخارجيه",
  "والهجره",
  "الاول",
]);
const JOINER_BREAK = new Set(["علي", "الي", "عن", "مع", "بعد", "قبل", "خلال"]);
const FORMER = new Set(["السابق", "الاسبق", "السابقه", "الراحل"]);
const COUNTERPART = new Set(["نظيره", "نظيرته", "نظيرها", "نظيريه", "نظيرتها"]);
const DUAL_PRESIDENTS = new Set(["الرئيسان", "الرئيسين"].map(normalizeArabic));

class Scan {
  readonly byFirst = new Map<number, CatalogHit>();
  readonly found: Mention[] = [];
  /** Set while the title being read is a spokesperson's: such people report events, not attend them. */
  spokesperson = false;
  constructor(readonly input: PeopleInput) {
    for (const h of input.hits) this.byFirst.set(h.first, h);
  }

  /** Only white space or a comma between two words: they can belong to one phrase. */
  adjacent(a: number, b: number): boolean {
    const { tokens, text } = this.input;
    if (!tokens[a] || !tokens[b]) return false;
    return /^[\s،,]*$/.test(text.slice(tokens[a]!.end, tokens[b]!.start));
  }

  hitAt(j: number, type: string): CatalogHit | undefined {
    const h = this.byFirst.get(j);
    return h?.entry.type === type ? h : undefined;
  }

  /**
   * Who a bare title (`ولي العهد`, `الرئيس`) names: among people named before token i who hold that
   * office (stated here or catalogued), the one the article names most, the first on a tie.
   */
  lastHolderBefore(i: number, office: OfficeKey): string | null {
    const { published } = this.input;
    const candidates = [
      ...this.input.hits
        .filter((h) => h.entry.type === "Person")
        .map((h) => ({ first: h.first, id: h.entry.id, stated: null as string | null })),
      ...this.found.map((m) => ({ first: m.first, id: m.entityId, stated: m.office?.office.en ?? null })),
    ].filter((c) => c.first < i);
    const want = OFFICE_NAMES[office].en;
    const holders = new Set(
      candidates
        .filter((c) => c.stated === want || officeOn(c.id, published)?.office === office)
        .map((c) => c.id),
    );
    let best: { id: string; count: number; first: number } | null = null;
    for (const id of holders) {
      const mine = candidates.filter((c) => c.id === id);
      const count = mine.length;
      const first = Math.min(...mine.map((c) => c.first));
      if (!best || count > best.count || (count === best.count && first < best.first))
        best = { id, count, first };
    }
    return best?.id ?? null;
  }

  lastPersonBefore(i: number): string | null {
    let best: { last: number; id: string } | null = null;
    for (const h of this.input.hits) {
      if (h.entry.type === "Person" && h.last < i && (!best || h.last > best.last))
        best = { last: h.last, id: h.entry.id };
    }
    for (const m of this.found) {
      if (m.last < i && (!best || m.last > best.last)) best = { last: m.last, id: m.entityId };
    }
    return best?.id ?? null;
  }

  push(
    person: { id: string; name: CatalogPerson["name"] },
    first: number,
    last: number,
    start: number,
    office?: ExtractedOffice,
    source: Mention["source"] = "role",
  ) {
    const end = this.input.tokens[last]!.end;
    this.found.push({
      entityId: person.id,
      type: "Person",
      name: person.name,
      start,
      end,
      source,
      inCatalog: source !== "title",
      first,
      last,
      office,
      spokesperson: this.spokesperson || undefined,
    });
  }
}

function statedOffice(
  office: OfficeKey | null,
  of: string | null,
  scan: Scan,
  first: number,
  last: number,
): ExtractedOffice | undefined {
  if (!office || !of) return undefined;
  const { tokens, text } = scan.input;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { office: OFFICE_NAMES[office], of, evidence: { text: text.slice(start, end), start, end } };
}

/** Unknown name words after a title: 2–4 name-like words (1 for royals), not ending in a joiner. */
function unseenName(scan: Scan, j: number, office: OfficeKey | null, hasCountry: boolean): number | null {
  const { tokens } = scan.input;
  // `المبعوث الأممي لغرض …`: with no country to anchor the title, a word glued to `ل` is prose.
  if (!hasCountry && tokens[j]?.norm.startsWith("ل")) return null;
  let last = -1;
  for (let k = j; k < j + 5 && k < tokens.length; k++) {
    if (k > j && !scan.adjacent(k - 1, k)) break;
    if (k > j && /[،,]/.test(scan.input.text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
    const afterJoiner = k > j && ["بن", "ابن", "بنت", "ولد"].includes(tokens[k - 1]!.norm);
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
    const ali = word === "علي" && scan.input.text.slice(tokens[k]!.start, tokens[k]!.end).endsWith("ي");
    const nameWord = afterJoiner ? word.length >= 3 && !JOINER_BREAK.has(word) : ali || looksLikeName(word);
    if (!nameWord || hit || (!afterJoiner && titleAt(tokens, k))) break;
    if (k > j && looksLikeVerb(tokens[k]!.norm)) break;
    last = k;
  }
  while (last >= j && NAME_JOINERS.has(tokens[last]!.norm)) last--;
  if (last < j) return null;
  const royal = office === "king" || office === "emir" || office === "sultan" || office === "crown-prince";
  return last - j + 1 >= (royal ? 1 : 2) ? last : null;
}

/** After a title: the nationality or country it is of, an envoy's `إلى X`, `السابق`, honorifics. */
function afterTitle(scan: Scan, t: TitleHit) {
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
  const next = scan.byFirst.get(j);
  if (
    !country &&
    next?.entry.type === "Country" &&
    (t.construct ? next.kind === "alias" : next.kind === "demonym")
  ) {
    country = next.entry.id;
    j = next.last + 1;
  }
  if (t.office === "un-envoy" && ["الي", "الخاص"].includes(tokens[j]?.norm ?? "")) {
    const k = tokens[j]!.norm === "الخاص" ? j + 1 : j;
    const h = tokens[k]?.norm === "الي" ? scan.hitAt(k + 1, "Country") : undefined;
    if (h) {
      country = h.entry.id;
      j = h.last + 1;
    }
  }
  // `أمير دولة قطر`, `ملك مملكة البحرين`: the state's style before its name.
  if (!country && STATE_STYLE.has(tokens[j]?.norm ?? "")) {
    const h = scan.hitAt(j + 1, "Country");
    if (h) {
      country = h.entry.id;
      j = h.last + 1;
    }
  }
  // `وزير الخارجية والمغتربين`, `وزير الخارجية وشؤون المغتربين`: the portfolio's longer name.
  while (tokens[j] && !country && TITLE_TAIL.has(tokens[j]!.norm)) j++;
  // A nationality the catalog lacks (`الكيني`) still ends the title, not starts a name.
  if (!country && looksLikeNisba(tokens[j]?.norm ?? "")) j++;
  const former = FORMER.has(tokens[j]?.norm ?? "");
  if (former) j++;
  while (tokens[j] && HONORIFIC_WORDS.has(tokens[j]!.norm)) j++;
  // A spokesperson is named after an honorific (`السفير بسام راضي`) or is catalogued; else no name.
  if (
    t.office === "spokesperson" &&
    !HONORIFIC_WORDS.has(tokens[j - 1]?.norm ?? "") &&
    !scan.hitAt(j, "Person")
  ) {
    return { j: tokens.length, country, former: true, roleLast: j - 1 };
  }
  return { j, country, former, roleLast: j - 1 };
}

function scanTitle(scan: Scan, t: TitleHit): number {
  scan.spokesperson = t.office === "spokesperson";
  const { j, country, former, roleLast } = afterTitle(scan, t);
  const { tokens, published } = scan.input;
  const of = t.office === "un-envoy" ? country : country;
  const named = scan.adjacent(j - 1, j) ? scan.hitAt(j, "Person") : undefined;
  if (named) {
    const office = former ? undefined : statedOffice(t.office, of, scan, t.first, named.last);
    scan.push(named.entry as CatalogPerson, named.first, named.last, named.start, office, "catalog");
    return named.last;
  }
  const nameLast = scan.adjacent(j - 1, j) ? unseenName(scan, j, t.office, country !== null) : null;
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
    return nameLast;
  }
  // `نائب رئيس …`, `مساعد وزير …`: a deputy's title names no office holder.
  const deputy = DEPUTY.has(tokens[t.first - 1]?.norm ?? "");
  if (former || deputy || !t.office || !RESOLVABLE.has(t.office)) return t.last;
  if (country && roleLast > t.last) {
    const holder = holderOf(t.office, country, published);
    if (holder) scan.push(holder, t.first, roleLast, t.start);
  } else if (!country && !t.construct && roleLast === t.last) {
    // `وأكد ولي العهد …` with no country: the holder of that office the article just named.
    const id = scan.lastHolderBefore(t.first, t.office);
    if (id) scan.push({ id, name: { ar: "", en: null } }, t.first, t.last, t.start);
  }
  return t.last;
}

function scanCounterpart(scan: Scan, i: number, cut: number): void {
  const { tokens, published } = scan.input;
  const demonym = scan.byFirst.get(i + 1);
  if (demonym?.entry.type !== "Country" || demonym.kind !== "demonym") return;
  if (scan.adjacent(demonym.last, demonym.last + 1) && scan.hitAt(demonym.last + 1, "Person")) return;
  const anchor = scan.lastPersonBefore(i);
  const role = anchor ? officeOn(anchor, published) : null;
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
    const office = role ? statedOffice(role.office, demonym.entry.id, scan, i, nameLast) : undefined;
    const name = { ar: scan.input.text.slice(start, tokens[nameLast]!.end), en: null };
    scan.push({ id: `person:ar-${slug}`, name }, j, nameLast, start, office, "title");
    return;
  }
  const holder = role ? holderOf(role.office, demonym.entry.id, published) : null;
  if (holder) scan.push(holder, i, demonym.last, spanFrom(tokens[i]!, cut).start);
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
    const forms = cliticForms(tokens[i]!.norm);
    const counterpart = forms.find((f) => COUNTERPART.has(f.form));
    if (counterpart) scanCounterpart(scan, i, counterpart.cut);
    const dual = forms.find((f) => DUAL_PRESIDENTS.has(f.form));
    if (dual) scanDual(scan, i, dual.cut);
    const t = titleAt(tokens, i);
    if (t) i = Math.max(i, scanTitle(scan, t));
  }
  return scan.found;
}
