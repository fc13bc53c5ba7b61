/**
 * extractArticle: one article's text and metadata → its entities and events, with offsets into the
 * text. Pure: no I/O, deterministic, safe on any string.
 */
import type { ArticleMeta, Extraction } from "../../model/extraction.ts";
import { analyse } from "./analyse.ts";
import { assignConfidence } from "./confidence.ts";
import { assignDateRanges } from "./dateRanges.ts";
import { assignEncounters } from "./encounters.ts";
import { groupEntities } from "./entities.ts";
import { findEvents } from "./events.ts";
import { dropRepresentedStates } from "./representedStates.ts";
import { foldSoloPressConferences } from "./soloPressConferences.ts";

export function extractArticle(text: string, meta: ArticleMeta): Extraction {
  const article = analyse(text, meta);
  const entities = groupEntities(text, article.mentions);
  const read = dropRepresentedStates(foldSoloPressConferences(findEvents(article)), entities, meta.published);
  const events = assignConfidence(assignEncounters(assignDateRanges(read, meta.published)));
  return { article: { ...meta }, entities, events };
}
