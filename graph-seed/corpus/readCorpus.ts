/**
 * Reads the corpus folder: the articles listed in manifest.json, then any other `*.txt` a user dropped
 * in (with an optional `<stem>.meta.json` sidecar). A bad file is skipped with a reason, never fatal,
 * so one broken article cannot stop a seed run.
 */
import { lstat, readdir, readFile, realpath } from "node:fs/promises";
import { basename, join, sep } from "node:path";
import type { ArticleMeta } from "../../model/extraction.ts";
import { parseMeta } from "./articleMeta.ts";
import { readArticleFile } from "./readText.ts";
import { textProblem } from "./textLimits.ts";

export interface CorpusArticle {
  meta: ArticleMeta;
  text: string;
  path: string;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface Corpus {
  articles: CorpusArticle[];
  skipped: SkippedFile[];
}

interface Candidate {
  file: string;
  meta: ArticleMeta;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Manifest entries, in manifest order; a malformed manifest or entry is reported, not thrown. */
async function manifestCandidates(dir: string, skipped: SkippedFile[]): Promise<Candidate[]> {
  const raw = await readFile(join(dir, "manifest.json"), "utf8").catch(() => null);
  if (raw === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    skipped.push({ file: "manifest.json", reason: `invalid JSON: ${errorText(error)}` });
    return [];
  }
  const entries = (parsed as { articles?: unknown })?.articles;
  if (!Array.isArray(entries)) {
    skipped.push({ file: "manifest.json", reason: "expected an object with an `articles` array" });
    return [];
  }
  const out: Candidate[] = [];
  entries.forEach((entry, i) => {
    const file = typeof entry?.file === "string" ? entry.file : `${entry?.id ?? `entry ${i}`}.txt`;
    const meta = parseMeta(entry, basename(file, ".txt"));
    if (basename(file) !== file || !file.endsWith(".txt")) {
      skipped.push({
        file,
        reason: `manifest entry ${i}: file must be a .txt name inside the corpus folder`,
      });
    } else if (typeof meta === "string") skipped.push({ file, reason: `manifest entry ${i}: ${meta}` });
    else out.push({ file, meta });
  });
  return out;
}

/** `*.txt` files the manifest does not list; metadata from a sidecar when there is one. */
async function looseCandidates(dir: string, listed: Set<string>, skipped: SkippedFile[]) {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".txt") && !listed.has(n)).sort();
  const out: Candidate[] = [];
  for (const file of names) {
    const stem = basename(file, ".txt");
    const sidecar = await readFile(join(dir, `${stem}.meta.json`), "utf8").catch(() => null);
    let raw: unknown = {};
    try {
      if (sidecar !== null) raw = JSON.parse(sidecar);
    } catch (error) {
      skipped.push({ file, reason: `invalid ${stem}.meta.json: ${errorText(error)}` });
      continue;
    }
    const meta = parseMeta(raw, stem);
    if (typeof meta === "string") skipped.push({ file, reason: `${stem}.meta.json: ${meta}` });
    else out.push({ file, meta });
  }
  return out;
}

/**
 * Only regular files that really lie in the folder are articles: a link `x.txt -> /etc/passwd` dropped
 * into the corpus would otherwise be loaded and served to anyone who asks for article x.
 */
async function outsideProblem(path: string, realDir: string): Promise<string | null> {
  const info = await lstat(path).catch(() => null);
  if (!info) return null; // readArticleFile says "no such file"
  if (info.isSymbolicLink()) return "is a symbolic link; only regular files in the corpus folder are read";
  const real = await realpath(path).catch(() => path);
  return real.startsWith(realDir + sep) ? null : "lies outside the corpus folder";
}

async function readOne(path: string, realDir: string): Promise<string> {
  const outside = await outsideProblem(path, realDir);
  if (outside) throw new Error(outside);
  const text = await readArticleFile(path);
  const problem = textProblem(text);
  if (problem) throw new Error(problem);
  return text;
}

export interface ReadCorpusOptions {
  /** Article ids already loaded: their files are not read (the start-up reconcile needs only the rest). */
  skip?: ReadonlySet<string>;
}

export async function readCorpus(dir: string, options: ReadCorpusOptions = {}): Promise<Corpus> {
  const skipped: SkippedFile[] = [];
  const listed = await manifestCandidates(dir, skipped);
  const loose = await looseCandidates(dir, new Set(listed.map((c) => c.file)), skipped);
  const articles: CorpusArticle[] = [];
  const seen = new Set<string>();
  const realDir = await realpath(dir).catch(() => dir);
  for (const { file, meta } of [...listed, ...loose]) {
    if (options.skip?.has(meta.id)) continue;
    if (seen.has(meta.id)) {
      skipped.push({ file, reason: `duplicate article id "${meta.id}"` });
      continue;
    }
    const path = join(dir, file);
    try {
      articles.push({ meta, text: await readOne(path, realDir), path });
      seen.add(meta.id);
    } catch (error) {
      skipped.push({ file, reason: errorText(error).replace(`${path}: `, "") });
    }
  }
  return { articles, skipped };
}
