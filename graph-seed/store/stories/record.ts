/** What both stores share about stories: ids, the record written, the summary listed. */
import { randomBytes } from "node:crypto";
import type { Story, StoryInput, StorySummary } from "../../../model/story.ts";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** 12 random letters and digits: unguessable enough for a link, short enough to read aloud. */
export function newStoryId(): string {
  return `story-${[...randomBytes(12)].map((b) => ALPHABET[b % ALPHABET.length]).join("")}`;
}

export function createdStory(input: StoryInput, by: string, now = new Date().toISOString()): Story {
  return {
    id: newStoryId(),
    title: input.title,
    steps: input.steps,
    createdBy: by,
    createdAt: now,
    updatedBy: by,
    updatedAt: now,
  };
}

export function updatedStory(
  old: Story,
  input: StoryInput,
  by: string,
  now = new Date().toISOString(),
): Story {
  return { ...old, title: input.title, steps: input.steps, updatedBy: by, updatedAt: now };
}

export const summaryOf = (s: Story): StorySummary => ({
  id: s.id,
  title: s.title,
  steps: s.steps.length,
  updatedAt: s.updatedAt,
});

/** Newest first; ids break ties so the order is the same on both stores. */
export const newestFirst = (a: StorySummary, b: StorySummary) =>
  a.updatedAt === b.updatedAt ? (a.id < b.id ? -1 : 1) : a.updatedAt < b.updatedAt ? 1 : -1;
