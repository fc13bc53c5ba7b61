/**
 * Stories on the embedded store: a JSON file beside the snapshot (`<snapshot>.stories.json`), written to a
 * temporary file and renamed like the snapshot, so a crash never leaves half a file. Apart from the
 * snapshot on purpose: clear() and a reseed replace the graph but keep the stories. Writes run one at a
 * time, and one that cannot be saved is undone in memory.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Story, StoryInput, StoryStore } from "../../../model/story.ts";
import { createdStory, newestFirst, summaryOf, updatedStory } from "../stories/record.ts";

export const storiesPathOf = (snapshotPath: string) => `${snapshotPath.replace(/\.json$/, "")}.stories.json`;

interface StoriesFile {
  version: 1;
  stories: Story[];
}

async function readStories(path: string): Promise<Map<string, Story>> {
  const raw = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (raw === null) return new Map();
  let file: StoriesFile;
  try {
    file = JSON.parse(raw) as StoriesFile;
  } catch (error) {
    throw new Error(`stories file ${path} is not valid JSON: ${String(error)}`);
  }
  if (file?.version !== 1 || !Array.isArray(file.stories)) {
    throw new Error(`stories file ${path} has an unknown format`);
  }
  return new Map(file.stories.map((s) => [s.id, s]));
}

async function writeStories(path: string, stories: Map<string, Story>) {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const file: StoriesFile = { version: 1, stories: [...stories.values()] };
  await writeFile(tmp, JSON.stringify(file));
  await rename(tmp, path);
}

export class MemoryStories implements StoryStore {
  private stories: Promise<Map<string, Story>> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  /** `path` null keeps stories in memory only. */
  constructor(private readonly path: string | null) {}

  private all() {
    this.stories ??= this.path ? readStories(this.path) : Promise.resolve(new Map());
    return this.stories;
  }

  async list() {
    return [...(await this.all()).values()].map(summaryOf).sort(newestFirst);
  }

  async get(id: string) {
    return structuredClone((await this.all()).get(id) ?? null);
  }

  create(input: StoryInput, by: string) {
    return this.write(async (stories) => {
      const story = createdStory(input, by);
      return { story, next: new Map(stories).set(story.id, story) };
    });
  }

  update(id: string, input: StoryInput, by: string) {
    return this.write(async (stories) => {
      const old = stories.get(id);
      if (!old) return { story: null, next: stories };
      const story = updatedStory(old, input, by);
      return { story, next: new Map(stories).set(id, story) };
    });
  }

  async remove(id: string) {
    const removed = await this.write(async (stories) => {
      if (!stories.has(id)) return { story: null, next: stories };
      const next = new Map(stories);
      const story = next.get(id)!;
      next.delete(id);
      return { story, next };
    });
    return removed !== null;
  }

  /** The new map replaces the old only once it is saved: a failed save leaves the stories as they were. */
  private write<T extends Story | null>(
    change: (stories: Map<string, Story>) => Promise<{ story: T; next: Map<string, Story> }>,
  ): Promise<T> {
    const run = this.queue.then(async () => {
      const stories = await this.all();
      const { story, next } = await change(stories);
      if (next !== stories) {
        if (this.path) await writeStories(this.path, next);
        this.stories = Promise.resolve(next);
      }
      return structuredClone(story);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
