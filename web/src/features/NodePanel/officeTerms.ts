/**
 * Offices grouped for display: one row per office and country, its terms in date order. A term with
 * only a start is open-ended ("since"), one with only an end is "until"; one with neither shows no date.
 */
import type { NodeRef, OfficeHeld } from "../../../../model/api.ts";
import type { Name, Review } from "../../../../model/graph.ts";

export interface Term {
  from: string | null;
  to: string | null;
}

export interface OfficeRow {
  office: Name;
  of: NodeRef;
  terms: Term[];
  /** The review of a term an editor reviewed, if any (rejected terms are not in the details). */
  review?: Review;
}

/** A date-less term sorts last; ISO dates of any precision compare as strings. */
const startOf = (t: Term) => t.from ?? t.to ?? "\uffff";

export function officeRows(offices: readonly OfficeHeld[]): OfficeRow[] {
  const rows = new Map<string, OfficeRow>();
  for (const o of offices) {
    const key = `${o.of.id}|${o.office.ar}|${o.office.en}`;
    const row = rows.get(key) ?? { office: o.office, of: o.of, terms: [] };
    if (!row.terms.some((t) => t.from === o.from && t.to === o.to))
      row.terms.push({ from: o.from, to: o.to });
    if (o.review && o.review.status !== "extracted") row.review ??= o.review;
    rows.set(key, row);
  }
  for (const row of rows.values()) row.terms.sort((a, b) => startOf(a).localeCompare(startOf(b)));
  return [...rows.values()].sort((a, b) => startOf(a.terms[0]!).localeCompare(startOf(b.terms[0]!)));
}

export type TermText =
  | { key: "termRange"; vars: { from: string; to: string } }
  | { key: "since"; vars: { date: string } }
  | { key: "until"; vars: { date: string } }
  | null;

/** Which phrase describes a term; null when the term has no dates (nothing misleading is shown). */
export function termText(t: Term): TermText {
  if (t.from && t.to) return { key: "termRange", vars: { from: t.from, to: t.to } };
  if (t.from) return { key: "since", vars: { date: t.from } };
  if (t.to) return { key: "until", vars: { date: t.to } };
  return null;
}
