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
}

export interface Extraction {
  article: ArticleMeta;
  entities: ExtractedEntity[];
  events: ExtractedEvent[];
}
