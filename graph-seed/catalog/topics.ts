/**
 * What diplomats discuss, from `json/topics.json`: named as in the team's annotation inventory
 * (graph-seed/eval/GUIDELINES.md), each with the phrasings this news uses.
 */
import { readCatalog } from "./load.ts";
import { type TopicData, topicSchema } from "./schema.ts";
import type { CatalogEntry } from "./types.ts";

const toTopic = (t: TopicData): CatalogEntry => ({
  id: t.id,
  type: "Topic",
  name: t.name,
  aliases: t.aliases,
});

export const TOPICS_READ = readCatalog("topics.json", topicSchema, toTopic);
export const TOPICS: CatalogEntry[] = TOPICS_READ.map((e) => e.data);
