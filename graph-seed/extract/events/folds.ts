/**
 * One event told twice, folded into one: a meeting reported at a summit into the summit, and a
 * headline's reading into the body's.
 */
import type { ExtractedEvent } from "../../../model/extraction.ts";
import { mergeInto } from "./build.ts";

/** Meeting and summit reports of the same gathering (same people, same day) are one event. */
export function foldMeetingsIntoSummits(events: ExtractedEvent[]): ExtractedEvent[] {
  const summits = events.filter((e) => e.type === "Summit");
  // `على هامش القمة، التقى X Y`: a meeting on the summit's sidelines is one of its own.
  const sidelines = (e: ExtractedEvent) => e.evidence.some((x) => /(^|\s)(وعلى|على|و)?\s*هامش/.test(x.text));
  return events.filter((e) => {
    if (e.type !== "Meeting" || sidelines(e)) return true;
    const s = summits.find(
      (x) => x.date === e.date && e.participants.every((p) => x.participants.includes(p)),
    );
    if (!s) return true;
    mergeInto(s, e);
    return false;
  });
}

/**
 * `الرئيس الموريتاني يستقبل …` over the report: a headline restates the body's event, which the
 * body dates; its own reading (dated by publication) folds into the body's event with those people.
 */
export function foldHeadline(text: string, events: ExtractedEvent[]): ExtractedEvent[] {
  const end = text.indexOf("\n");
  const first = end < 0 ? "" : text.slice(0, end).trim();
  // A headline is short, has no full stop, and carries no dateline (`تونس … (وات) -`).
  const headline = first.length > 0 && first.length <= 160 && !/[.(]|\s[-–—]\s/.test(first);
  if (!headline || !text.slice(end).trim()) return events;
  const inHeadline = (e: ExtractedEvent) => e.evidence.every((x) => x.end <= end);
  // The headline's own reading of time (a bare weekday, no tense) gives way to the body's; only a
  // body event the article recalls (background) is no restatement of the headline's news.
  const same = (body: ExtractedEvent, head: ExtractedEvent) =>
    body.type === head.type &&
    !body.background &&
    body.participants.join("+") === head.participants.join("+");
  return events.filter((e) => {
    if (!inHeadline(e)) return true;
    const body = events.find((x) => x !== e && !inHeadline(x) && same(x, e));
    if (!body) return true;
    mergeInto(body, e);
    return false;
  });
}
