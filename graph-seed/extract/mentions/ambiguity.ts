/**
 * Names two catalog entries share once normalised: `عمّان` (Amman) and `عُمان` (Oman) both fold to
 * `عمان`. The diacritic decides when the text has one; else the article's other mentions do. Also
 * drops names that are part of a larger one (`أمريكا الجنوبية`).
 */
import { catalogEntry } from "../../catalog/index.ts";
import { PLACES } from "../lexicon/index.ts";
import type { Token } from "../text/tokens.ts";
import type { CatalogHit } from "./catalogMatch.ts";

/** `أمريكا الجنوبية`, `أمريكا اللاتينية`: a continent, not the United States. */
const CONTINENT_PART = PLACES.continentParts;

function isContinent(tokens: Token[], h: CatalogHit): boolean {
  return h.entry.id === "country:united-states" && CONTINENT_PART.has(tokens[h.last + 1]?.norm ?? "");
}

export function resolveAmbiguous(text: string, hits: CatalogHit[], tokens: Token[]): CatalogHit[] {
  hits = hits.filter((h) => !isContinent(tokens, h));
  const jordan = hits.some(
    (h) => h.entry.id === "country:jordan" || h.entry.id === "person:king-abdullah-ii",
  );
  const oman = catalogEntry("country:oman")!;
  return hits.map((h) => {
    if (h.entry.id !== "place:amman" || h.first !== h.last) return h;
    const written = text.slice(h.start, h.end);
    // `سلطان عمان`, `سلطنة عمان`: only Oman has a sultan.
    const sultanate = PLACES.sultanateWords.has(tokens[h.first - 1]?.norm ?? "");
    if (!sultanate && (written.includes("\u0651") || (jordan && !written.includes("\u064F")))) return h;
    return { ...h, entry: oman, kind: "alias" };
  });
}
