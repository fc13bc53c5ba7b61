/** Builds a catalog person from compact rows: aliases, offices as [office, of, from, to], weak aliases. */
import type { CatalogOffice, CatalogPerson, OfficeKey } from "./types.ts";

export type OfficeRow = [OfficeKey, string, string | null, string | null];

export function person(
  slug: string,
  en: string,
  aliases: string[],
  offices: OfficeRow[],
  weakAliases: string[] = [],
): CatalogPerson {
  const rows: CatalogOffice[] = offices.map(([office, of, from, to]) => ({
    office,
    of: of.includes(":") ? of : `country:${of}`,
    from,
    to,
  }));
  return {
    id: `person:${slug}`,
    type: "Person",
    name: { ar: aliases[0] ?? weakAliases[0]!, en },
    aliases,
    weakAliases,
    offices: rows,
  };
}
