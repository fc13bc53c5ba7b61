/**
 * Reads the evaluation sets from disk: the seed corpus (graph-seed/articles + manifest, gold in
 * eval/gold/) and the invented articles in eval/dev/ and eval/heldout/ (`<id>.txt`,
 * `<id>.meta.json`, gold `<id>.json`). Any missing or malformed file is an error naming the file.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { ArticleMeta } from "../../model/extraction.ts";
import { readArticleFile } from "../corpus/readText.ts";
import { type Gold, parseGold } from "./goldSchema.ts";

export const EVAL_SETS = ["seeds", "dev", "heldout"] as const;
export type EvalSet = (typeof EVAL_SETS)[number];

export interface EvalArticle {
  set: EvalSet;
  text: string;
  meta: ArticleMeta;
  gold: Gold;
}

export interface LoadedSet {
  set: EvalSet;
  articles: EvalArticle[];
  /** Ids of corpus articles that have no gold yet (seeds only). */
  unannotated: string[];
}

const GRAPH_SEED_DIR = fileURLToPath(new URL("..", import.meta.url));

const metaSchema = z.object({
  id: z.string().min(1),
  title: z.string().nullable().default(null),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
  publishedPrecision: z.enum(["day", "month", "year"]).nullish(),
  source: z.string().nullish(),
  language: z.string().optional(),
});

const manifestSchema = z.object({ articles: z.array(metaSchema.extend({ file: z.string().min(1) })) });

async function readJson(path: string): Promise<unknown> {
  const raw = await readFile(path, "utf8").catch(() => {
    throw new Error(`${path}: cannot read file`);
  });
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

function parseMeta<T extends z.ZodType>(schema: T, json: unknown, path: string): z.infer<T> {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`${path}: invalid metadata at ${issue?.path.join(".") || "(root)"}: ${issue?.message}`);
}

async function loadGold(path: string): Promise<Gold> {
  return parseGold(await readJson(path), path);
}

/**
 * The seed corpus is the live corpus folder: an article dropped there without gold is not an
 * error, it is listed as unannotated and left out of the scores.
 */
async function loadSeeds(root: string): Promise<LoadedSet> {
  const manifestPath = join(root, "articles", "manifest.json");
  const manifest = parseMeta(manifestSchema, await readJson(manifestPath), manifestPath);
  const goldPath = (id: string) => join(root, "eval", "gold", `${id}.json`);
  const annotated = manifest.articles.filter((a) => existsSync(goldPath(a.id)));
  const articles = await Promise.all(
    annotated.map(async ({ file, ...meta }) => ({
      set: "seeds" as const,
      text: await readArticleFile(join(root, "articles", file)),
      meta,
      gold: await loadGold(goldPath(meta.id)),
    })),
  );
  const unannotated = manifest.articles.filter((a) => !annotated.includes(a)).map((a) => a.id);
  return { set: "seeds", articles, unannotated };
}

/** dev/ and heldout/ exist for evaluation: every article there must have its metadata and gold. */
async function loadInvented(root: string, set: "dev" | "heldout"): Promise<LoadedSet> {
  const dir = join(root, "eval", set);
  const files = await readdir(dir).catch(() => {
    throw new Error(`${dir}: no such directory`);
  });
  const stems = files.filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4));
  const articles = await Promise.all(
    stems.sort().map(async (stem) => {
      const metaPath = join(dir, `${stem}.meta.json`);
      return {
        set,
        text: await readArticleFile(join(dir, `${stem}.txt`)),
        meta: parseMeta(metaSchema, await readJson(metaPath), metaPath),
        gold: await loadGold(join(dir, `${stem}.json`)),
      };
    }),
  );
  return { set, articles, unannotated: [] };
}

/** Loads one set; `root` is the graph-seed folder (overridable for tests). */
export function loadSet(set: EvalSet, root = GRAPH_SEED_DIR): Promise<LoadedSet> {
  return set === "seeds" ? loadSeeds(root) : loadInvented(root, set);
}
