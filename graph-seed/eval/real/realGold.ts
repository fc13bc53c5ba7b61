/**
 * The gold format of the real published reports kept beside the project (`../shared/eval-real`):
 * entities with Arabic forms as written, events with participant keys. Third-party texts, read for
 * evaluation only; nothing of them is copied into the repository.
 */
import { z } from "zod";

const entity = z.object({
  key: z.string().min(1),
  type: z.string().min(1),
  en: z.array(z.string()).or(z.string().transform((s) => [s])),
  ar: z.array(z.string()),
  optional: z.boolean().optional(),
  same_as: z.string().optional(),
});

const event = z.object({
  type: z.string(),
  participants: z.array(z.string()),
  date: z.string().nullable().optional(),
  topics: z.array(z.string()).optional(),
  planned: z.boolean().optional(),
  optional: z.boolean().optional(),
});

export const realGoldSchema = z.object({
  id: z.string().min(1),
  published: z.string().nullable().optional(),
  text_file: z.string().optional(),
  entities: z.array(entity),
  events: z.array(event),
});

export type RealGold = z.infer<typeof realGoldSchema>;
export type RealGoldEntity = RealGold["entities"][number];
