/**
 * Offices and the Arabic titles that name them, from `json/offices.json`. A title followed by a
 * nationality (`الرئيس الروسي`) names whoever held that office in that country on the article's date;
 * followed by a name it introduces a person, catalogued or not.
 */
import type { Name } from "../../model/graph.ts";
import { readCatalogFile } from "./load.ts";
import { officesFileSchema } from "./schema.ts";
import type { OfficeKey } from "./types.ts";

export interface OfficeTitle {
  /** null: a title that introduces a person but names no office the catalog tracks (`سفير`). */
  office: OfficeKey | null;
  /** Arabic title as written; matched after normalisation. */
  title: string;
}

const FILE = readCatalogFile("offices.json", officesFileSchema);
const titles = (list: typeof FILE.titles): OfficeTitle[] =>
  list.map(({ office, title }) => ({ office, title }));

export const OFFICE_NAMES: Record<OfficeKey, Name> = FILE.names;

/** In the file's order: longest titles first where it matters (`نائب وزير الخارجية` before `وزير الخارجية`). */
export const OFFICE_TITLES: OfficeTitle[] = titles(FILE.titles);

/** Titles in construct with a country's name: `أمير قطر`, `رئيس وزراء إسرائيل`, `وزير خارجية مصر`. */
export const CONSTRUCT_TITLES: OfficeTitle[] = titles(FILE.constructTitles);

/** Words that can stand between a title and a name without being part of either (`السفير`, `السيد`). */
export const HONORIFICS: string[] = FILE.honorifics;
