/** Every catalogued person, gathered from the files that hold them by region. */
import { PEOPLE_ARAB_AND_GLOBAL } from "./peopleArabAndGlobal.ts";
import { PEOPLE_LEADERS } from "./peopleLeaders.ts";
import { PEOPLE_MAJOR_POWERS } from "./peopleMajorPowers.ts";
import { PEOPLE_MORE } from "./peopleMore.ts";
import type { CatalogPerson } from "./types.ts";

export const PEOPLE: CatalogPerson[] = [
  ...PEOPLE_MAJOR_POWERS,
  ...PEOPLE_ARAB_AND_GLOBAL,
  ...PEOPLE_MORE,
  ...PEOPLE_LEADERS,
];
