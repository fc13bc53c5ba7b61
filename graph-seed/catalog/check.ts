/** Checks across files that no single schema can make: unique ids, and references that resolve. */
import type { Located } from "./load.ts";
import type { CatalogEntry, CatalogPerson, CatalogPlace } from "./types.ts";

/** Every problem found, one line each, naming the entry where it was read. */
export function catalogProblems(entries: readonly Located<CatalogEntry>[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Located<CatalogEntry>>();
  for (const e of entries) {
    const had = byId.get(e.data.id);
    if (had) problems.push(`${e.where}: id ${e.data.id} is already used by ${had.where}`);
    else byId.set(e.data.id, e);
  }
  const typeOf = (id: string) => byId.get(id)?.data.type;
  for (const { where, data } of entries) {
    if (data.type === "Person") {
      for (const [i, o] of (data as CatalogPerson).offices.entries()) {
        const t = typeOf(o.of);
        if (t !== "Country" && t !== "Organization")
          problems.push(`${where}, offices.${i}.of: ${o.of} is no catalogued country or organisation`);
      }
    }
    if (data.type === "Place") {
      const to = (data as CatalogPlace).locatedIn;
      if (typeOf(to) !== "Country") problems.push(`${where}, locatedIn: ${to} is no catalogued country`);
    }
  }
  return problems;
}
