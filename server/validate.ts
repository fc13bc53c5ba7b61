/** Parse request parts with the model's zod schemas; failures become 400s naming the field. */
import type { z } from "zod";
import { validationError } from "./errors.ts";

export function parseWith<S extends z.ZodType>(schema: S, input: unknown, where: string): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (!result.success) throw validationError(where, result.error);
  return result.data;
}
