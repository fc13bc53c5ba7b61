/**
 * Names two catalog entries share once normalised: `عمّان` (Amman) and `عُمان` (Oman) both fold to
 * `عمان`. The diacritic decides when the text has one; else the article's other mentions do.
 */
import { catalogEntry } from "../catalog/index.ts";
import type { CatalogHit } from "./catalogMatch.ts";

export function resolveAmbiguous(text: string, hits: CatalogHit[]): CatalogHit[] {
  const jordan = hits.some(
    (h) => h.entry.id === "country:jordan" || h.entry.id === "person:king-abdullah-ii",
  );
  const oman = catalogEntry("country:oman")!;
  return hits.map((h) => {
    if (h.entry.id !== "place:amman" || h.first !== h.last) return h;
    const written = text.slice(h.start, h.end);
    if (written.includes("\u0651") || (jordan && !written.includes("\u064F"))) return h;
    return { ...h, entry: oman, kind: "alias" };
  });
}
