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
