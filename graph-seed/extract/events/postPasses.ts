/**
 * What is done with an article's events once they are read from its sentences, as an ordered table
 * of named passes: folding one event told twice, dropping states their people stand for, then the
 * interval, occasion and confidence of each. Each pass sees the previous one's output, so the order is
 * part of the rule (confidence scores the events as finally folded).
 */
import type { ExtractedEntity, ExtractedEvent } from "../../../model/extraction.ts";
import { assignDateRanges } from "../dates/ranges.ts";
import { assignConfidence } from "./confidence.ts";
import { assignEncounters } from "./encounters.ts";
import { foldHeadline, foldMeetingsIntoSummits } from "./folds.ts";
import { dropRepresentedStates } from "./representedStates.ts";
import { foldSoloPressConferences } from "./soloPressConferences.ts";

/** What a pass may read besides the events: the article's text, its entities and publication date. */
export interface ArticleFacts {
  text: string;
  entities: ExtractedEntity[];
  published: string | null;
}

export interface PostPass {
  name: string;
  run: (events: ExtractedEvent[], article: ArticleFacts) => ExtractedEvent[];
}

/** The passes, in the order they run; each has a fixture in events/postPasses.test.ts. */
export const POST_PASSES: readonly PostPass[] = [
  { name: "fold-meetings-into-summits", run: (events) => foldMeetingsIntoSummits(events) },
  { name: "fold-headline", run: (events, a) => foldHeadline(a.text, events) },
  { name: "fold-solo-press-conferences", run: (events) => foldSoloPressConferences(events) },
  {
    name: "drop-represented-states",
    run: (events, a) => dropRepresentedStates(events, a.entities, a.published),
  },
  { name: "assign-date-ranges", run: (events, a) => assignDateRanges(events, a.published) },
  { name: "assign-encounters", run: (events) => assignEncounters(events) },
  { name: "assign-confidence", run: (events) => assignConfidence(events) },
];

/** The events as read, through every pass in order. */
export function finishEvents(events: ExtractedEvent[], article: ArticleFacts): ExtractedEvent[] {
  return POST_PASSES.reduce((out, pass) => pass.run(out, article), events);
}
