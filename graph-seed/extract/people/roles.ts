/**
 * Role phrases resolved through the catalog and the article's date: who was `الرئيس الأمريكي` on
 * 2017-11-21 (Trump) or on 2021-09-14 (Biden); whose counterpart is `نظيره المصري`.
 */
import { PEOPLE } from "../../catalog/index.ts";
import type { CatalogPerson, OfficeKey } from "../../catalog/types.ts";

const held = (from: string | null, to: string | null, date: string) =>
  (from === null || from.slice(0, date.length) <= date) && (to === null || date < to.slice(0, date.length));

// Looked up for nearly every title and mention: indexed once rather than scanned each time.
const BY_ID = new Map(PEOPLE.map((p) => [p.id, p]));
const BY_POST = new Map<string, CatalogPerson[]>();
for (const p of PEOPLE) {
  for (const key of new Set(p.offices.map((o) => `${o.office}|${o.of}`)))
    BY_POST.set(key, [...(BY_POST.get(key) ?? []), p]);
}

/** The catalogued person holding `office` of `of` (country or organisation id) on `date`. */
export function holderOf(office: OfficeKey, of: string, date: string | null): CatalogPerson | null {
  if (!date) return null;
  const holders = (BY_POST.get(`${office}|${of}`) ?? []).filter((p) =>
    p.offices.some((o) => o.office === office && o.of === of && held(o.from, o.to, date)),
  );
  return holders.length === 1 ? holders[0]! : null;
}

/** Whether a catalogued person held `office` (of any state) on `date`: a PM may be foreign minister too. */
export function holdsOn(personId: string, office: OfficeKey, date: string | null): boolean {
  const p = BY_ID.get(personId);
  return Boolean(p && date && p.offices.some((o) => o.office === office && held(o.from, o.to, date)));
}

/** The office a catalogued person held on `date` (the first listed if several). */
export function officeOn(personId: string, date: string | null): { office: OfficeKey; of: string } | null {
  const p = BY_ID.get(personId);
  if (!p || !date) return null;
  const o = p.offices.find((x) => x.office !== "spokesperson" && held(x.from, x.to, date));
  return o ? { office: o.office, of: o.of } : null;
}
