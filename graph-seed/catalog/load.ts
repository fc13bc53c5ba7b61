/**
 * Reads the catalog's data files (`json/`) and validates them against their schemas, once, when the
 * catalog is imported. A bad file stops the import with every problem listed by file and entry.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { z } from "zod";

const DATA = new URL("./json/", import.meta.url);

export class CatalogDataError extends Error {
  override name = "CatalogDataError";
}

/** An entry and where it was read: `people/russia.json, entry 3 (person:sergey-lavrov)`. */
export interface Located<T> {
  where: string;
  data: T;
}

function entryLabel(file: string, raw: unknown, index: number): string {
  const id = Array.isArray(raw) ? (raw[index] as { id?: unknown } | null)?.id : undefined;
  return `${file}, entry ${index}${typeof id === "string" ? ` (${id})` : ""}`;
}

/** One line per issue, naming the file, the entry (by index and id) and the field. */
function describeIssues(file: string, raw: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const [head, ...rest] = issue.path;
    const inEntry = Array.isArray(raw) && typeof head === "number";
    const where = inEntry ? entryLabel(file, raw, head) : file;
    const field = (inEntry ? rest : issue.path).map(String).join(".");
    return `${where}${field ? `, ${field}` : ""}: ${issue.message}`;
  });
}

/** Validates parsed JSON against a schema, or throws naming each bad entry and field. */
export function parseCatalogData<S extends z.ZodType>(file: string, schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const lines = describeIssues(file, raw, result.error.issues);
  throw new CatalogDataError(`Invalid catalog data:\n  ${lines.join("\n  ")}`);
}

function readJson(file: string): unknown {
  const text = readFileSync(new URL(file, DATA), "utf8");
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CatalogDataError(`Invalid catalog data: ${file} is not JSON (${(err as Error).message})`);
  }
}

/** One data file holding one object (`offices.json`). */
export function readCatalogFile<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  return parseCatalogData(file, schema, readJson(file));
}

/**
 * Entries from one file holding an array (`countries.json`) or from every `.json` file of a folder
 * (`people/`), files in name order, entries in file order.
 */
export function readCatalogEntries<S extends z.ZodType>(path: string, entry: S): Located<z.output<S>>[] {
  const files = statSync(new URL(path, DATA)).isDirectory()
    ? readdirSync(new URL(`${path}/`, DATA))
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => `${path}/${f}`)
    : [path];
  return files.flatMap((file) => {
    const raw = readJson(file);
    const data = parseCatalogData(file, z.array(entry), raw);
    return data.map((d, i) => ({ where: entryLabel(file, raw, i), data: d }));
  });
}

/** Entries read and turned into the catalog's runtime shape, each still knowing where it was read. */
export function readCatalog<S extends z.ZodType, T>(
  path: string,
  schema: S,
  build: (data: z.output<S>) => T,
): Located<T>[] {
  return readCatalogEntries(path, schema).map(({ where, data }) => ({ where, data: build(data) }));
}
