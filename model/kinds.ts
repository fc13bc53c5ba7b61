/** Node and edge kinds of the graph: the one vocabulary every layer imports. */

export const ENTITY_TYPES = ["Person", "Country", "Place", "Organization", "Topic"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const EVENT_TYPES = ["Meeting", "PhoneCall", "Summit", "PressConference", "Agreement"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const NODE_KINDS = [...ENTITY_TYPES, "Event", "Article"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/**
 * Relationship kinds. Direction is fixed per kind:
 * - PARTICIPATED_IN: Person | Country | Organization → Event   (role where the text gives one)
 * - HELD_IN:         Event → Place | Country
 * - DISCUSSED:       Event → Topic | Country | Place
 * - REPORTED_IN:     Event → Article                           (evidence offsets)
 * - MENTIONS:        Article → any entity                      (mention offsets)
 * - HOLDS_OFFICE:    Person → Country | Organization           (office, e.g. president)
 * - LOCATED_IN:      Place → Country
 * - MET:             Person → Person, derived: they were in one place (meeting, summit, press conference,
 *                    agreement signing); weight = distinct occasions, first and last date;
 *                    stored once per unordered pair, source id < target id.
 * - SPOKE_WITH:      Person → Person, derived like MET from remote events (phone, video, letter).
 */
export const EDGE_KINDS = [
  "PARTICIPATED_IN",
  "HELD_IN",
  "DISCUSSED",
  "REPORTED_IN",
  "MENTIONS",
  "HOLDS_OFFICE",
  "LOCATED_IN",
  "MET",
  "SPOKE_WITH",
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** The derived person–person ties: met in person, or only spoke (by phone, video or letter). */
export const TIE_KINDS = ["MET", "SPOKE_WITH"] as const satisfies readonly EdgeKind[];
export type TieKind = (typeof TIE_KINDS)[number];

export const isTieKind = (kind: string): kind is TieKind => (TIE_KINDS as readonly string[]).includes(kind);

/**
 * Which tie an event makes between its participants. A PhoneCall covers every remote exchange (phone,
 * video, letter): they spoke but were not in one place. Everything else is a meeting in person.
 */
export const tieKindOf = (type: EventType | null | undefined): TieKind =>
  type === "PhoneCall" ? "SPOKE_WITH" : "MET";

export const DATE_PRECISIONS = ["day", "month", "year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const LANGUAGES = ["ar", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** The two ways the graph is drawn: event nodes in the middle, or the derived who-met-whom projection. */
export const GRAPH_VIEWS = ["events", "people"] as const;
export type GraphView = (typeof GRAPH_VIEWS)[number];
