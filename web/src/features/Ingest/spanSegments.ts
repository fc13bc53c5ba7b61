/** Cuts an article text into plain and highlighted pieces for the ingest preview. */

export interface Mark<T> {
  start: number;
  end: number;
  data: T;
}

/** `start` is the offset of the piece in the text (a stable React key). */
export type Segment<T> = { text: string; start: number; mark: Mark<T> | null };

/**
 * Marks in text order; a mark that overlaps an earlier one is dropped (nested mentions such as
 * "الرئيس الروسي فلاديمير بوتين" / "بوتين" would otherwise break the text apart). Out-of-range marks
 * are clamped to the text.
 */
export function spanSegments<T>(text: string, marks: readonly Mark<T>[]): Segment<T>[] {
  const sorted = [...marks]
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment<T>[] = [];
  let at = 0;
  for (const mark of sorted) {
    if (mark.start < at) continue;
    if (mark.start > at) out.push({ text: text.slice(at, mark.start), start: at, mark: null });
    out.push({ text: text.slice(mark.start, mark.end), start: mark.start, mark });
    at = mark.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), start: at, mark: null });
  return out;
}
