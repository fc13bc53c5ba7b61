/** The graph as stored and served: nodes, edges and the provenance behind each fact. */
import type { ArticleId, EdgeId, NodeId } from "./ids.ts";
import type { DatePrecision, EdgeKind, EventType, NodeKind } from "./kinds.ts";

/** A bilingual name: Arabic as written, English where known. */
export interface Name {
  ar: string;
  en: string | null;
}

/**
 * Where a fact comes from: the sentence that states it (start/end index the article text,
 * `quote === text.slice(start, end)`), and inside it the mention that names the entity, if any.
 */
export interface Provenance {
  articleId: ArticleId;
  start: number;
  end: number;
  quote: string;
  mentionStart?: number;
  mentionEnd?: number;
}

/**
 * Where a fact stands in review (issue 10). Absent on a record = extracted, never reviewed, version 0.
 * - extracted: as the extractor wrote it; confirmed: an editor says it is right as is;
 * - edited: an editor changed it (and so vouches for it); rejected: wrong, hidden from every read by default.
 */
export const REVIEW_STATUSES = ["extracted", "confirmed", "edited", "rejected"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface Review {
  status: ReviewStatus;
  /** Who made the last change (user name); null while extracted. */
  by: string | null;
  /** When, ISO timestamp; null while extracted. */
  at: string | null;
  /** Bumped by every curation change to this fact; writes carry the version they saw (409 when stale). */
  version: number;
}

export interface GraphNode {
  id: NodeId;
  kind: NodeKind;
  /** Article: its title; Event: a generated label such as "Meeting: Putin – Sisi". */
  name: Name;
  /** Other spellings (both scripts) that search should find, e.g. "Poutine", "بوتن". */
  aliases?: string[];
  /** Event: meeting, phone call, … */
  eventType?: EventType;
  /** Event: when it happened; Article: when it was published. ISO, cut to the precision. */
  date?: string | null;
  datePrecision?: DatePrecision | null;
  /**
   * Event: the days it can have happened on, inclusive ISO days, null for an open end: the extractor's
   * range where it gave one, else the whole day, month or year of `date`; both null when nothing is known.
   */
  dateFrom?: string | null;
  dateTo?: string | null;
  /**
   * Event: the occasion key the extractor gave (a meeting, the joint press conference after it and the
   * agreement signed there share one), so a tie counts the occasion once. Absent when it gave none.
   */
  encounter?: string | null;
  /** Event: how sure the extractor is that it happened as stated (0–1); null when it did not say. */
  confidence?: number | null;
  /** Event: names of the extraction rules that produced it. */
  cues?: string[];
  /**
   * Only in answers to a time-filtered query, never stored: the event's days straddle an edge of the
   * range, or are not known at all, so it may or may not lie inside.
   */
  dateUncertain?: boolean;
  /** Event: announced for later in the article's time, not yet held. */
  planned?: boolean;
  /** Event: mentioned only as background to the article's main news. */
  background?: boolean;
  /** Article: source as the text names it (agency, outlet). */
  source?: string | null;
  /** Article: language code. */
  language?: string;
  /** Entity and Event: review status; absent = extracted, version 0. */
  review?: Review;
}

export interface GraphEdge {
  id: EdgeId;
  kind: EdgeKind;
  source: NodeId;
  target: NodeId;
  /** PARTICIPATED_IN: host, guest, caller, callee, joined… where the text says. */
  role?: string | null;
  /** PARTICIPATED_IN: how sure the extractor is that this one took part (0–1); null when it did not say. */
  confidence?: number | null;
  /** HOLDS_OFFICE: the office, e.g. { ar: "وزير الخارجية", en: "Foreign Minister" }. */
  office?: Name | null;
  /** HOLDS_OFFICE: when the office was held, ISO dates, open-ended when null. */
  from?: string | null;
  to?: string | null;
  /**
   * MET / SPOKE_WITH: how many distinct occasions (a meeting, its press conference and the agreement
   * signed there are one), and the first and last of their dates.
   */
  weight?: number;
  firstDate?: string | null;
  lastDate?: string | null;
  /** MET / SPOKE_WITH: every event that makes up the pair. */
  eventIds?: NodeId[];
  /**
   * Every sentence that states this relationship. Empty only for catalog facts. MET / SPOKE_WITH: the
   * sentences that name both people; when none does, the reports of their shared events, and `inferred`.
   */
  evidence: Provenance[];
  /** Only in answers: how many quotes the edge has when the API sent fewer of them. */
  evidenceTotal?: number;
  /**
   * MET / SPOKE_WITH: true when no sentence names both people, so the tie is read off the events they
   * both took part in; `inferredReason` says which, in words.
   */
  inferred?: boolean;
  inferredReason?: string | null;
  /**
   * Only in answers to a time-filtered people view, never stored: every occasion of the tie is only
   * possibly inside the range (see GraphNode.dateUncertain).
   */
  dateUncertain?: boolean;
  /**
   * Where a fact without article evidence comes from: "catalog" when the built-in catalog states it
   * (e.g. a place's country, added even when the article never names that country). Absent otherwise.
   */
  origin?: "catalog";
  /** PARTICIPATED_IN and HOLDS_OFFICE: review status; absent = extracted, version 0. */
  review?: Review;
}

/** What a loader writes in one go; upserts merge by id, evidence is unioned. */
export interface GraphBatch {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * The stable id of an edge: one edge per kind and ordered pair, unless a qualifier tells several apart
 * (Putin's terms as president and as prime minister of Russia are two HOLDS_OFFICE edges).
 */
export const edgeIdOf = (kind: EdgeKind, source: NodeId, target: NodeId, qualifier?: string) =>
  `${kind}:${source}->${target}${qualifier ? `#${qualifier}` : ""}` as EdgeId;
