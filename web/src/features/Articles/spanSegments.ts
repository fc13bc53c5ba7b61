/**
 * Cuts an article into runs of text covered by the same extracted spans, so overlapping spans (an
 * evidence sentence containing mentions) can all be highlighted without nesting marks by hand.
 */
import type { ArticleSpan } from "../../../../model/api.ts";

export interface Segment {
  start: number;
  end: number;
  text: string;
  spans: ArticleSpan[];
}

export function spanSegments(text: string, spans: readonly ArticleSpan[]): Segment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = valid.filter((s) => s.start <= start && s.end >= end);
    out.push({ start, end, text: text.slice(start, end), spans: covering });
  }
  return out;
}

/** The span a segment is drawn as: a mention wins over the sentence around it. */
export function topSpan(segment: Segment): ArticleSpan | undefined {
  return segment.spans.find((s) => s.kind === "mention") ?? segment.spans[0];
}
