/** The shape of a gold annotation file (see GUIDELINES.md), validated so a typo fails loudly. */
import { z } from "zod";
import { EVENT_TYPES } from "../../model/kinds.ts";

const goldEntitySchema = z.object({
  en: z.string().min(1),
  ar: z.array(z.string().min(1)),
});

const goldEventSchema = z.object({
  type: z.enum(EVENT_TYPES),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/, "event date must be YYYY-MM-DD or YYYY-MM")
    .nullable(),
  participants: z.array(z.string().min(1)),
  planned: z.boolean(),
});

export const goldSchema = z.object({
  persons: z.array(goldEntitySchema),
  countries: z.array(goldEntitySchema),
  places: z.array(goldEntitySchema),
  topics: z.array(goldEntitySchema),
  pairs: z.array(z.tuple([z.string().min(1), z.string().min(1)])),
  events: z.array(goldEventSchema),
});

export type GoldEntity = z.infer<typeof goldEntitySchema>;
export type GoldEvent = z.infer<typeof goldEventSchema>;
export type Gold = z.infer<typeof goldSchema>;

/** Parses gold JSON; the error names the file and the first problem. */
export function parseGold(json: unknown, label: string): Gold {
  const result = goldSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue ? issue.path.join(".") : "";
  throw new Error(`${label}: invalid gold annotation at ${where || "(root)"}: ${issue?.message}`);
}
