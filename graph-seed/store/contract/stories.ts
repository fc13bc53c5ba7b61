/**
 * The story part of the GraphStore contract (issue 13), run by contract/contract.test.ts against every
 * store and by neo4j/stories.test.ts against the Neo4j store on the simulated database: create, read,
 * list newest first, replace, delete, and stories outliving clear().
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../../model/store.ts";
import { type StoryInput, storyIdSchema, storyInputSchema } from "../../../model/story.ts";

/** Arabic captions of our own; positions and a saved share-link query. */
export const STORY_INPUT: StoryInput = storyInputSchema.parse({
  title: { ar: "ماكرون وشولتس", en: "Macron and Scholz" },
  steps: [
    {
      title: { ar: "اللقاء في باريس" },
      caption: { ar: "التقى الرئيسان في باريس وبحثا ملف الطاقة." },
      view: "v=people&sel=person%3Amacron",
      nodes: [
        { id: "person:macron", name: "ماكرون", x: 10, y: -20.5 },
        { id: "person:scholz", name: "شولتس", x: 120, y: 40 },
      ],
    },
    { title: { en: "The call" }, caption: { en: "Then they spoke by phone." }, view: "", nodes: [] },
  ],
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

export function storyContract(open: () => Promise<GraphStore>) {
  describe("stories", () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await open();
      for (const s of await store.stories.list()) await store.stories.remove(s.id);
    });

    it("creates a story with a fresh id, the author and the steps as given, and reads it back", async () => {
      const story = await store.stories.create(STORY_INPUT, "layla");
      expect(storyIdSchema.safeParse(story.id).success).toBe(true);
      expect(story).toMatchObject({ ...STORY_INPUT, createdBy: "layla", updatedBy: "layla" });
      expect(await store.stories.get(story.id)).toEqual(story);
      expect((await store.stories.create(STORY_INPUT, "layla")).id).not.toBe(story.id);
    });

    it("lists summaries newest first, with their step counts", async () => {
      const older = await store.stories.create(STORY_INPUT, "a");
      await tick();
      const newer = await store.stories.create({ ...STORY_INPUT, steps: [STORY_INPUT.steps[0]!] }, "b");
      const list = await store.stories.list();
      const ids = list.map((s) => s.id);
      expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
      expect(list.find((s) => s.id === newer.id)).toEqual({
        id: newer.id,
        title: STORY_INPUT.title,
        steps: 1,
        updatedAt: newer.updatedAt,
      });
    });

    it("replaces the steps on update, keeping who made it, and says null for an unknown id", async () => {
      const story = await store.stories.create(STORY_INPUT, "layla");
      await tick();
      const reordered = { ...STORY_INPUT, steps: [...STORY_INPUT.steps].reverse() };
      const updated = await store.stories.update(story.id, reordered, "omar");
      expect(updated).toMatchObject({ steps: reordered.steps, createdBy: "layla", updatedBy: "omar" });
      expect(updated!.updatedAt > story.updatedAt).toBe(true);
      expect(await store.stories.get(story.id)).toEqual(updated);
      expect(await store.stories.update("story-nosuchstory", STORY_INPUT, "omar")).toBeNull();
    });

    it("deletes a story once; it is gone from the list", async () => {
      const story = await store.stories.create(STORY_INPUT, "layla");
      expect(await store.stories.remove(story.id)).toBe(true);
      expect(await store.stories.remove(story.id)).toBe(false);
      expect(await store.stories.get(story.id)).toBeNull();
      expect((await store.stories.list()).map((s) => s.id)).not.toContain(story.id);
    });

    it("keeps stories when the graph is cleared (a reseed must not lose a teacher's work)", async () => {
      const story = await store.stories.create(STORY_INPUT, "layla");
      await store.clear();
      expect(await store.stories.get(story.id)).toEqual(story);
    });
  });
}
