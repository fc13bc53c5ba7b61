/** What the extractor produces for one article: the shape `npm run extract` prints. */

import type { Name } from "./graph.ts";
import type { DatePrecision, EntityType, EventType } from "./kinds.ts";

/** A span of the article text: `text === articleText.slice(start, end)`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface ArticleMeta {
  id: string;
  title: string | null;
  published: string | null;
  publishedPrecision?: DatePrecision | null;
  source?: string | null;
  language?: string;
}

export interface ExtractedOffice {
  /** e.g. { ar: "الرئيس", en: "President" } */
  office: Name;
  /** Entity id of the country (or organisation) the office is held in. */
  of: string;
  from?: string | null;
  to?: string | null;
  /** The sentence that states it, when the article does; catalog offices have none. */
  evidence?: Span | null;
}

export interface ExtractedEntity {
  /** Stable across articles: catalog entities keep their catalog id, others a slug of the normalised name. */
  id: string;
  type: EntityType;
  name: Name;
  mentions: Span[];
  /** True when the entity came from the catalog, false when found from context only. */
  inCatalog?: boolean;
  aliases?: string[];
  offices?: ExtractedOffice[];
  /** Place: the country it lies in (entity id). */
  locatedIn?: string | null;
}

/**
 * The days an event can have happened on, as far as the text allows: inclusive ISO days, null for an
 * open end. `لقاء الشهر الماضي` → the whole of last month; a recalled, undated meeting → up to the
 * publication day.
 */
export interface DateInterval {
  from: string | null;
  to: string | null;
}

export interface ExtractedEvent {
  /** Stable across articles: the same event reported twice gets the same id. */
  id: string;
  type: EventType;
  participants: string[];
  /** Participant entity id → role, where the text gives one. */
  roles?: Record<string, string>;
  place: string | null;
  date: string | null;
  datePrecision?: DatePrecision | null;
  planned: boolean;
  /** Mentioned as background (an earlier event the article recalls), not the article's news. */
  background?: boolean;
  topics: string[];
  /** Sentences that state the event. */
  evidence: Span[];
  /** When `date` is null or coarse: the interval the text allows. Absent when the date is a day. */
  dateRange?: DateInterval | null;
  /**
   * How sure the extractor is that the event happened as stated (0–1): which rules fired and how far
   * apart their cues stood. Low scores are reviewed first.
   */
  confidence?: number;
  /** Participant entity id → how sure the extractor is that this one took part (0–1). */
  participantConfidence?: Record<string, number>;
  /** Names of the extraction rules that produced the event, for review and debugging. */
  cues?: string[];
  /**
   * The occasion this event is part of: a meeting, the joint press conference after it and the
   * agreement signed there share one key, so a tie counts the occasion once.
   */
  encounter?: string;
}

export interface Extraction {
  article: ArticleMeta;
  entities: ExtractedEntity[];
  events: ExtractedEvent[];
}
