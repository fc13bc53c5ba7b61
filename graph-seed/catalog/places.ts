/** Capitals, cities and sites this news names, from `json/places/` (one file per region). */
import { readCatalog } from "./load.ts";
import { type PlaceData, placeSchema } from "./schema.ts";
import type { CatalogPlace } from "./types.ts";

function toPlace(p: PlaceData): CatalogPlace {
  return { id: p.id, type: "Place", name: p.name, aliases: p.aliases, locatedIn: p.locatedIn };
}

const READ = readCatalog("places", placeSchema, (p) => ({
  place: toPlace(p),
  namesake: p.sharesCountryName,
}));

export const PLACES_READ = READ.map(({ where, data }) => ({ where, data: data.place }));
export const PLACES: CatalogPlace[] = PLACES_READ.map((e) => e.data);

/**
 * Capitals that share their country's name: `الكويت` heading a dateline is the city the report was
 * filed from, not the state.
 */
export const NAMESAKE_CAPITALS: Record<string, string> = Object.fromEntries(
  READ.filter((e) => e.data.namesake).map(({ data }) => [data.place.locatedIn, data.place.id]),
);
