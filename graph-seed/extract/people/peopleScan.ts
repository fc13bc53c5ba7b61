/** The state of one pass over an article looking for people: catalog hits by position and people found so far. */
import type { ExtractedOffice } from "../../../model/extraction.ts";
import { OFFICE_NAMES } from "../../catalog/offices.ts";
import type { CatalogPerson, OfficeKey } from "../../catalog/types.ts";
import type { CatalogHit } from "../mentions/catalogMatch.ts";
import { type Mention, mention } from "../mentions/mentions.ts";
import type { Token } from "../text/tokens.ts";
import { catalogSpelling } from "./fuzzyPeople.ts";
import { holdsOn } from "./roles.ts";

export interface PeopleInput {
  text: string;
  tokens: Token[];
  hits: CatalogHit[];
  published: string | null;
  /** The country the report is filed from (its dateline), which `أمير البلاد` means. */
  home?: string | null;
}

export class Scan {
  readonly byFirst = new Map<number, CatalogHit>();
  readonly found: Mention[] = [];
  /** Set while the title being read is a spokesperson's: such people report events, not attend them. */
  spokesperson = false;
  constructor(readonly input: PeopleInput) {
    for (const h of input.hits) this.byFirst.set(h.first, h);
  }

  /**
   * Only white space or a comma between two words: they can belong to one phrase. An opening quotation
   * mark may stand before a name (`السيد “سيلفان سامبو”`); a closing one ends it.
   */
  adjacent(a: number, b: number): boolean {
    const { tokens, text } = this.input;
    if (!tokens[a] || !tokens[b]) return false;
    return /^[\s،,]*[“«‘]?$/.test(text.slice(tokens[a]!.end, tokens[b]!.start));
  }

  /** The catalog hit a token falls inside, wherever the hit starts (`الملك عبدالله الثاني`). */
  hitOver(k: number): CatalogHit | undefined {
    if (!this.over) {
      this.over = new Map();
      for (const h of this.input.hits)
        for (let j = h.first; j <= h.last; j++) if (!this.over.has(j)) this.over.set(j, h);
    }
    return this.over.get(k);
  }
  private over: Map<number, CatalogHit> | null = null;

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
      ...this.found.map((m) => ({
        first: m.first,
        id: m.entityId,
        stated: m.office?.office.en ?? (m.titled ? OFFICE_NAMES[m.titled].en : null),
      })),
    ].filter((c) => c.first < i);
    const want = OFFICE_NAMES[office].en;
    const holders = new Set(
      candidates.filter((c) => c.stated === want || holdsOn(c.id, office, published)).map((c) => c.id),
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

  /**
   * The latest person before token i the article itself gave `office` of `of`; with no office, any
   * minister of `of` (`الوزير الصربي`).
   */
  statedHolderBefore(i: number, office: OfficeKey | null, of: string): string | null {
    const fits = (en: string | null) =>
      office ? en === OFFICE_NAMES[office].en : /Minister$/.test(en ?? "");
    const m = this.found.findLast((x) => x.first < i && x.office?.of === of && fits(x.office.office.en));
    return m?.entityId ?? null;
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

  /**
   * `معالي راميريز ليزكانو` after `روبين راميريز ليزكانو`: a name the article gave before ends with
   * these words. One word (`فال`) counts only when it ends one such name alone.
   */
  namedBefore(first: number, last: number): { id: string; name: CatalogPerson["name"] } | null {
    const words = (a: number, b: number) => this.input.tokens.slice(a, b + 1).map((t) => t.norm);
    const tail = words(first, last).join(" ");
    const n = last - first + 1;
    const earlier = this.found.filter((m) => {
      if (m.inCatalog || m.last >= first || m.last - m.first + 1 <= n) return false;
      return words(m.last - n + 1, m.last).join(" ") === tail;
    });
    const ids = new Set(earlier.map((m) => m.entityId));
    if (
      ids.size !== 1 ||
      (n === 1 && this.found.some((m) => m.inCatalog && m.last < first && words(m.last, m.last)[0] === tail))
    )
      return null;
    const m = earlier[0]!;
    return { id: m.entityId, name: m.name };
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
    // `عبد الرازق` and `عبدالرازق`: one name, written apart or glued, is one person.
    if (person.id.startsWith("person:ar-"))
      person = { ...person, id: person.id.replace(/(ar-|-)عبد-/g, "$1عبد") };
    // `أنطونيو جوتريس`: a name found from context may be a catalogued person spelled otherwise.
    if (source === "title") {
      const known = catalogSpelling(this.input.tokens.slice(first, last + 1).map((t) => t.norm));
      if (known) {
        person = known;
        source = "catalog";
      } else person = this.namedBefore(first, last) ?? person;
    }
    this.found.push(
      mention({
        entityId: person.id,
        type: "Person",
        name: person.name,
        start,
        end,
        source,
        inCatalog: source !== "title" && source !== "local",
        first,
        last,
        office,
        spokesperson: this.spokesperson || undefined,
      }),
    );
  }
}

export function statedOffice(
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
