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
  /** Event: announced for later in the article's time, not yet held. */
  planned?: boolean;
  /** Event: mentioned only as background to the article's main news. */
  background?: boolean;
  /** Article: source as the text names it (agency, outlet). */
  source?: string | null;
  /** Article: language code. */
  language?: string;
}

export interface GraphEdge {
  id: EdgeId;
  kind: EdgeKind;
  source: NodeId;
  target: NodeId;
  /** PARTICIPATED_IN: host, guest, caller, callee, joined… where the text says. */
  role?: string | null;
  /** HOLDS_OFFICE: the office, e.g. { ar: "وزير الخارجية", en: "Foreign Minister" }. */
  office?: Name | null;
  /** HOLDS_OFFICE: when the office was held, ISO dates, open-ended when null. */
  from?: string | null;
  to?: string | null;
  /** MET: how many shared events, and the first and last of their dates. */
  weight?: number;
  firstDate?: string | null;
  lastDate?: string | null;
  /** MET: the events that make up the pair. */
  eventIds?: NodeId[];
  /** Every sentence that states this relationship. Empty only for catalog facts and derived edges. */
  evidence: Provenance[];
  /**
   * Where a fact without article evidence comes from: "catalog" when the built-in catalog states it
   * (e.g. a place's country, added even when the article never names that country). Absent otherwise.
   */
  origin?: "catalog";
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
