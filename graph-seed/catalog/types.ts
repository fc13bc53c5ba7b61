/** The bilingual catalog's shapes: facts the extractor knows before reading any article. */
import type { Name } from "../../model/graph.ts";
import type { EntityType } from "../../model/kinds.ts";

export interface CatalogEntry {
  id: string;
  type: EntityType;
  name: Name;
  /** Arabic spellings that name it on their own, as written (normalised when indexed). */
  aliases: string[];
  /**
   * Spellings that are also ordinary words (`رئيسي` "main", `شكري` "my thanks", `المعلم` "the teacher"):
   * they name the entry only in an article that already named it by a strong alias or a title.
   */
  weakAliases?: string[];
  /** English spellings, for search. */
  enAliases?: string[];
}

/**
 * Offices a state has one holder of on a day, so a role phrase alone (`الرئيس المصري`) names that
 * holder on the article's date.
 */
export const ROLE_OFFICES = [
  "president",
  "prime-minister",
  "foreign-minister",
  "defense-minister",
  "king",
  "crown-prince",
  "emir",
  "sultan",
  "chancellor",
] as const;

/**
 * The offices the catalog tracks: the role offices, and those a role phrase never names alone (many
 * envoys, spokespeople, commanders and deputies; a supreme leader or secretary-general is named).
 */
export const OFFICE_KEYS = [
  ...ROLE_OFFICES,
  "supreme-leader",
  "secretary-general",
  "un-envoy",
  "spokesperson",
  "commander",
  "deputy-foreign-minister",
  "leader",
] as const;

export type OfficeKey = (typeof OFFICE_KEYS)[number];

export interface CatalogOffice {
  office: OfficeKey;
  /** Entity id of the country or organisation. */
  of: string;
  from: string | null;
  to: string | null;
  /** The public record the term's dates were checked against (URL or page title). */
  source?: string;
}

export interface CatalogPerson extends CatalogEntry {
  type: "Person";
  offices: CatalogOffice[];
}

export interface CatalogCountry extends CatalogEntry {
  type: "Country";
  /** Adjectives of nationality with the article: الروسي، الروسية … (the state's side in a role phrase). */
  demonyms: string[];
}

export interface CatalogPlace extends CatalogEntry {
  type: "Place";
  locatedIn: string;
}
