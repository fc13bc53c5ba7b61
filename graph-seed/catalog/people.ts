/** Every catalogued person, from `json/people/`: one file per region or role, read in file-name order. */
import { readCatalog } from "./load.ts";
import { type PersonData, personSchema } from "./schema.ts";
import type { CatalogPerson } from "./types.ts";

function toPerson(p: PersonData): CatalogPerson {
  const person: CatalogPerson = {
    id: p.id,
    type: "Person",
    name: p.name,
    aliases: p.aliases,
    weakAliases: p.weakAliases ?? [],
    offices: p.offices ?? [],
  };
  if (p.enAliases) person.enAliases = p.enAliases;
  return person;
}

export const PEOPLE_READ = readCatalog("people", personSchema, toPerson);
export const PEOPLE: CatalogPerson[] = PEOPLE_READ.map((e) => e.data);
