/** A mention found by any matcher, before mentions are grouped into entities. */

import type { ExtractedOffice } from "../../../model/extraction.ts";
import type { Name } from "../../../model/graph.ts";
import type { EntityType } from "../../../model/kinds.ts";
import type { OfficeKey } from "../../catalog/types.ts";

export type MentionSource = "catalog" | "demonym" | "role" | "title" | "local" | "site";

export interface Mention {
  entityId: string;
  type: EntityType;
  name: Name;
  start: number;
  end: number;
  source: MentionSource;
  inCatalog: boolean;
  /** Token range [first, last] inclusive. */
  first: number;
  last: number;
  /** An office the text states for this person here (`وزير الخارجية الروسي X`). */
  office?: ExtractedOffice;
  /** The office of the title that introduced this person, stated country or not (`رئيس الحكومة X`). */
  titled?: OfficeKey;
  /** Introduced as a spokesperson: reports events rather than takes part. */
  spokesperson?: boolean;
}

/**
 * Every mention is built here, with all its fields in one order (absent ones undefined). The many
 * functions that read mentions then see one object shape: with a shape per matcher their reads went
 * megamorphic and their compiled code was thrown away each time a rarer shape turned up.
 */
export function mention(m: Mention): Mention {
  return {
    entityId: m.entityId,
    type: m.type,
    name: m.name,
    start: m.start,
    end: m.end,
    source: m.source,
    inCatalog: m.inCatalog,
    first: m.first,
    last: m.last,
    office: m.office,
    titled: m.titled,
    spokesperson: m.spokesperson,
  };
}
