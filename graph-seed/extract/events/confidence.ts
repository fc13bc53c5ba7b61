/**
 * An event's confidence from what its reading rests on: its least sure participant, lowered when its
 * day was not stated, its participants were carried over, or it is known only from a word that
 * refers back. Low scores are reviewed first; the numbers are an ordering, not a probability.
 */
import type { ExtractedEvent } from "../../../model/extraction.ts";

const PENALTIES: [cue: RegExp, by: number][] = [
  [/^participants:carried$/, 0.1],
  [/^participants:from-context$/, 0.05],
  [/^participants:states$/, 0.1],
  [/^date:(publication|none)$/, 0.05],
  [/^trigger:refers-back:/, 0.05],
];

export function confidenceOf(e: ExtractedEvent): number {
  const people = Object.values(e.participantConfidence ?? {});
  let score = people.length ? Math.min(...people) : 0.5;
  for (const [cue, by] of PENALTIES) if (e.cues?.some((c) => cue.test(c))) score -= by;
  // Several reports of one event (more evidence sentences) make it surer.
  score += Math.min(0.1, 0.03 * (e.evidence.length - 1));
  return Math.round(Math.max(0.05, Math.min(0.99, score)) * 100) / 100;
}

export function assignConfidence(events: ExtractedEvent[]): ExtractedEvent[] {
  for (const e of events) e.confidence = confidenceOf(e);
  return events;
}
