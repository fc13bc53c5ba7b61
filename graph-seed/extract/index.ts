/**
 * extractArticle: one article's text and metadata → its entities and events, with offsets into the
 * text. Pure: no I/O, deterministic, safe on any string.
 */
import type { ArticleMeta, Extraction } from "../../model/extraction.ts";
import { analyse } from "./analyse.ts";
import { findEvents } from "./events/events.ts";
import { finishEvents } from "./events/postPasses.ts";
import { groupEntities } from "./mentions/entities.ts";

export function extractArticle(text: string, meta: ArticleMeta): Extraction {
  const article = analyse(text, meta);
  const entities = groupEntities(text, article.mentions);
  // Events as the sentences tell them, then the post-passes (events/postPasses.ts), in their order.
  const events = finishEvents(findEvents(article), { text, entities, published: meta.published });
  return { article: { ...meta }, entities, events };
}
