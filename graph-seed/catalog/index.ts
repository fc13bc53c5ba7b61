/** The whole catalog, and lookups over it. Importing it reads and checks every data file once. */
import { catalogProblems } from "./check.ts";
import { COUNTRIES, COUNTRIES_READ } from "./countries.ts";
import { CatalogDataError } from "./load.ts";
import { ORGANIZATIONS, ORGANIZATIONS_READ } from "./organizations.ts";
import { PEOPLE, PEOPLE_READ } from "./people.ts";
import { PLACES, PLACES_READ } from "./places.ts";
import { TOPICS, TOPICS_READ } from "./topics.ts";
import type { CatalogCountry, CatalogEntry, CatalogPerson, CatalogPlace } from "./types.ts";

export { COUNTRIES, ORGANIZATIONS, PEOPLE, PLACES, TOPICS };

const READ = [...PEOPLE_READ, ...COUNTRIES_READ, ...PLACES_READ, ...ORGANIZATIONS_READ, ...TOPICS_READ];
const problems = catalogProblems(READ);
if (problems.length > 0) throw new CatalogDataError(`Inconsistent catalog data:\n  ${problems.join("\n  ")}`);

export const CATALOG: CatalogEntry[] = READ.map((e) => e.data);

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
