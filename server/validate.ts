/** Parse request parts with the model's zod schemas; failures become 400s naming the field. */
import { z } from "zod";
import { HttpError, validationError } from "./errors.ts";

export function parseWith<S extends z.ZodType>(schema: S, input: unknown, where: string): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (!result.success) throw validationError(where, result.error);
  return result.data;
}

/**
 * A query string against its schema. Unknown names are refused rather than ignored, so a typo such as
 * `kind=Person` cannot quietly answer with the unfiltered graph; a name given twice is refused by name
 * (the schema alone would report an array where it expects a string).
 */
/** For routes that take no query parameters: any given is refused, like an unknown one elsewhere. */
export const NO_QUERY = z.object({});

export function parseQuery<S extends z.ZodObject>(schema: S, input: unknown): z.output<S> {
  const query = (input ?? {}) as Record<string, unknown>;
  const known = Object.keys(schema.shape);
  const issues = Object.entries(query).flatMap(([name, value]) => {
    if (!known.includes(name)) {
      return [{ path: name, message: `unknown parameter (expected ${known.join(", ")})` }];
    }
    return Array.isArray(value) ? [{ path: name, message: "given more than once" }] : [];
  });
  if (issues.length > 0) {
    const summary = issues.map((i) => `${i.path}: ${i.message}`).join("; ");
    throw new HttpError(400, "Bad Request", `invalid query: ${summary}`, issues);
  }
  return parseWith(schema, query, "query");
}
