/**
 * Stories on Neo4j: one (:Story) node each, title and steps as JSON strings. Not a (:Node), so clear()
 * and a reseed keep them; their node ids are plain strings, not relationships, so a step whose nodes
 * are gone still opens (the server says which).
 */
import type { Story, StoryInput, StoryStore, Words } from "../../../model/story.ts";
import { createdStory, newestFirst, updatedStory } from "../stories/record.ts";
import { CREATE_STORY, DELETE_STORY, LIST_STORIES, READ_STORY, UPDATE_STORY } from "./cypher.ts";
import type { CypherRunner, Row } from "./session.ts";
import { toCypherInt, toJsNumber } from "./values.ts";

const propsOf = (s: Story) => ({
  title: JSON.stringify(s.title),
  steps: JSON.stringify(s.steps),
  stepCount: toCypherInt(s.steps.length),
  createdBy: s.createdBy,
  createdAt: s.createdAt,
  updatedBy: s.updatedBy,
  updatedAt: s.updatedAt,
});

const storyOf = (row: Row): Story => ({
  id: String(row.id),
  title: JSON.parse(String(row.title)) as Words,
  steps: JSON.parse(String(row.steps)) as Story["steps"],
  createdBy: String(row.createdBy),
  createdAt: String(row.createdAt),
  updatedBy: String(row.updatedBy),
  updatedAt: String(row.updatedAt),
});

export class Neo4jStories implements StoryStore {
  constructor(private readonly db: CypherRunner) {}

  async list() {
    const rows = await this.db.read(LIST_STORIES);
    return rows
      .map((r) => ({
        id: String(r.id),
        title: JSON.parse(String(r.title)) as Words,
        steps: toJsNumber(r.stepCount ?? 0),
        updatedAt: String(r.updatedAt),
      }))
      .sort(newestFirst);
  }

  async get(id: string) {
    const [row] = await this.db.read(READ_STORY, { id });
    return row ? storyOf(row) : null;
  }

  async create(input: StoryInput, by: string) {
    const story = createdStory(input, by);
    await this.db.write((run) => run(CREATE_STORY, { id: story.id, props: propsOf(story) }));
    return story;
  }

  /** Read and write in one transaction, so two editors saving at once never mix their steps. */
  update(id: string, input: StoryInput, by: string) {
    return this.db.write(async (run) => {
      const [row] = await run(READ_STORY, { id });
      if (!row) return null;
      const story = updatedStory(storyOf(row), input, by);
      await run(UPDATE_STORY, { id, props: propsOf(story) });
      return story;
    });
  }

  async remove(id: string) {
    const rows = await this.db.write((run) => run(DELETE_STORY, { id }));
    return toJsNumber(rows[0]?.deleted ?? 0) > 0;
  }
}
