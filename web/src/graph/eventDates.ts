/**
 * How an event's date reads in the interface: the date where known, else the interval the text allows
 * ("by 2017-11-21", "2017-11-01 – 2017-11-21"), else nothing. Plain, so canvas labels, lists and the
 * timeline word it the same way.
 */
import type { GraphNode } from "../../../model/graph.ts";
import type { Language } from "../../../model/kinds.ts";
import { dateText } from "../i18n/bidi.ts";
import { translate } from "../i18n/useT.ts";

/** The interval an undated event is known to lie in, in words; null when nothing at all is known. */
export function eventDateText(event: GraphNode, lang: Language): string | null {
  if (event.date) return dateText(event.date, lang);
  const from = event.dateFrom ?? null;
  const to = event.dateTo ?? null;
  if (from && to)
    return from === to ? dateText(from, lang) : `${dateText(from, lang)} – ${dateText(to, lang)}`;
  if (to) return translate(lang, "dateBy", { date: to });
  if (from) return translate(lang, "dateFromOn", { date: from });
  return null;
}

/** True when the event's day is not pinned down: only an interval, or nothing, is known. */
export const isInterval = (event: GraphNode) => !event.date || event.date.length < 10;
