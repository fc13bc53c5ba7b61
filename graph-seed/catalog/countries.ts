/**
 * Countries, from `json/countries.json`: every Arab League state and the powers that appear in this
 * news, with name variants and nationality adjectives generated from one stem each.
 */
import { readCatalog } from "./load.ts";
import { type CountryData, countrySchema } from "./schema.ts";
import type { CatalogCountry } from "./types.ts";

/** Definite and indefinite, masculine, feminine and plural forms of a nationality stem (`روسي`). */
export function demonymForms(stem: string): string[] {
  const fem = `${stem.replace(/ي$/, "ية")}`;
  const plural = `${stem}ين`;
  return [`ال${stem}`, `ال${fem}`, `ال${plural}`, stem, fem, plural];
}

function toCountry(c: CountryData): CatalogCountry {
  return {
    id: c.id,
    type: "Country",
    name: c.name,
    aliases: c.aliases,
    demonyms: [...c.demonymStems.flatMap(demonymForms), ...(c.demonyms ?? [])],
  };
}

export const COUNTRIES_READ = readCatalog("countries.json", countrySchema, toCountry);
export const COUNTRIES: CatalogCountry[] = COUNTRIES_READ.map((e) => e.data);
