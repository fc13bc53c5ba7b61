/** The whole catalog, and lookups over it. */
import { COUNTRIES } from "./countries.ts";
import { ORGANIZATIONS } from "./organizations.ts";
import { PEOPLE } from "./people.ts";
import { PLACES } from "./places.ts";
import { TOPICS } from "./topics.ts";
import type { CatalogCountry, CatalogEntry, CatalogPerson, CatalogPlace } from "./types.ts";

export { COUNTRIES, ORGANIZATIONS, PEOPLE, PLACES, TOPICS };

export const CATALOG: CatalogEntry[] = [...PEOPLE, ...COUNTRIES, ...PLACES, ...ORGANIZATIONS, ...TOPICS];

const BY_ID = new Map<string, CatalogEntry>(CATALOG.map((e) => [e.id, e]));

export function catalogEntry(id: string): CatalogEntry | undefined {
  return BY_ID.get(id);
}

export function catalogPerson(id: string): CatalogPerson | undefined {
  const e = BY_ID.get(id);
  return e?.type === "Person" ? (e as CatalogPerson) : undefined;
}

export function catalogCountry(id: string): CatalogCountry | undefined {
  const e = BY_ID.get(id);
  return e?.type === "Country" ? (e as CatalogCountry) : undefined;
}

export function catalogPlace(id: string): CatalogPlace | undefined {
  const e = BY_ID.get(id);
  return e?.type === "Place" ? (e as CatalogPlace) : undefined;
}
