/**
 * Stories (issue 13): an ordered list of saved views with words, presented full screen, embedded or
 * downloaded. A step keeps the share link's query string (web/src/state/urlState.ts reads it back), the
 * nodes on the canvas with their places and their names as they were, and a title and caption in
 * Arabic and/or English.
 */
import { z } from "zod";
import { MAX_ID_LENGTH } from "./api.ts";

export const STORY_LIMITS = {
  steps: 50,
  nodesPerStep: 1000,
  title: 200,
  caption: 4000,
  /** The share link's query string; pins of a thousand nodes fit. */
  view: 60_000,
  name: 300,
} as const;

/** Far beyond any drawn position (the share link's own bound). */
const MAX_COORDINATE = 1e6;
const coordinate = z.number().finite().min(-MAX_COORDINATE).max(MAX_COORDINATE);

const words = (max: number) =>
  z
    .object({ ar: z.string().trim().max(max).default(""), en: z.string().trim().max(max).default("") })
    .strict();

/** Arabic, English or both; at least one of them written. */
const bilingual = (max: number, what: string) =>
  words(max).refine((w) => w.ar !== "" || w.en !== "", `${what} needs Arabic or English text`);

export const storyNodeSchema = z
  .object({
    id: z.string().min(1).max(MAX_ID_LENGTH),
    name: z.string().max(STORY_LIMITS.name).default(""),
    x: coordinate,
    y: coordinate,
  })
  .strict();

export const storyStepSchema = z
  .object({
    title: bilingual(STORY_LIMITS.title, "a step's title"),
    caption: words(STORY_LIMITS.caption).default({ ar: "", en: "" }),
    view: z.string().max(STORY_LIMITS.view).default(""),
    nodes: z.array(storyNodeSchema).max(STORY_LIMITS.nodesPerStep).default([]),
  })
  .strict();

export const storyInputSchema = z
  .object({
    title: bilingual(STORY_LIMITS.title, "a story's title"),
    steps: z.array(storyStepSchema).min(1, "a story needs at least one step").max(STORY_LIMITS.steps),
  })
  .strict();

export type Words = z.infer<ReturnType<typeof words>>;
export type StoryNode = z.infer<typeof storyNodeSchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
export type StoryInput = z.infer<typeof storyInputSchema>;

/** Story ids are made by the server: `story-` and random letters and digits. */
export const storyIdSchema = z.string().regex(/^story-[a-z0-9]{6,40}$/, "not a story id");
export const storyParamsSchema = z.object({ id: storyIdSchema });

export interface Story extends StoryInput {
  id: string;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
}

export interface StorySummary {
  id: string;
  title: Words;
  steps: number;
  updatedAt: string;
}

/** The nodes a step showed that the graph no longer has (merged away, rejected by a reseed…). */
export interface StoryLoss {
  /** 0-based step index. */
  step: number;
  nodes: { id: string; name: string }[];
}

/** GET /api/stories/:id: the story and what each step lost. */
export interface StoryAnswer extends Story {
  lost: StoryLoss[];
}

/** Where stories are kept; both stores implement it (embedded: a file beside the snapshot; Neo4j: (:Story)). */
export interface StoryStore {
  /** Newest first. */
  list(): Promise<StorySummary[]>;
  get(id: string): Promise<Story | null>;
  create(input: StoryInput, by: string): Promise<Story>;
  /** null when there is no such story. */
  update(id: string, input: StoryInput, by: string): Promise<Story | null>;
  /** false when there was no such story. */
  remove(id: string): Promise<boolean>;
}
