/** Validates article metadata from the manifest or a sidecar file into an ArticleMeta. */
import { onCalendar, YEARS } from "../../model/api.ts";
import type { ArticleMeta } from "../../model/extraction.ts";
import { DATE_PRECISIONS, type DatePrecision } from "../../model/kinds.ts";

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** Ids become file names and URL segments, so keep them to a safe alphabet. */
export const ARTICLE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

const optionalString = (value: unknown, field: string): string | null => {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw new Error(`${field} must be a string`);
  return value;
};

const precisionOf = (date: string | null, given: unknown): DatePrecision | null => {
  if (date === null) return null;
  if (given !== undefined && given !== null) {
    if (!DATE_PRECISIONS.includes(given as DatePrecision)) {
      throw new Error(`publishedPrecision must be one of ${DATE_PRECISIONS.join(", ")}`);
    }
    return given as DatePrecision;
  }
  return date.length === 10 ? "day" : date.length === 7 ? "month" : "year";
};

/** Returns the metadata, or a one-line reason why it is unusable. */
export function parseMeta(raw: unknown, defaultId: string): ArticleMeta | string {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return "metadata must be a JSON object";
  const r = raw as Record<string, unknown>;
  try {
    const id = optionalString(r.id, "id") ?? defaultId;
    if (!ARTICLE_ID.test(id)) return `article id "${id}" must match ${ARTICLE_ID}`;
    const published = optionalString(r.published, "published");
    if (published !== null && !DATE.test(published)) return "published must be YYYY, YYYY-MM or YYYY-MM-DD";
    // The API's rule, so a sidecar cannot bring in a date the API would refuse.
    if (published !== null && !onCalendar(published)) {
      return `published ${published} is no date on the calendar (years ${YEARS.min}–${YEARS.max})`;
    }
    return {
      id,
      title: optionalString(r.title, "title"),
      published,
      publishedPrecision: precisionOf(published, r.publishedPrecision),
      source: optionalString(r.source, "source"),
      language: optionalString(r.language, "language") ?? "ar",
    };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
