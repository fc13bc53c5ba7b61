/**
 * Test harness: a memory store seeded from a temp copy of the corpus, behind the real app on an
 * ephemeral port. Each call gets its own folders, so tests can ingest freely.
 */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { FastifyInstance } from "fastify";
import { createMemoryStore } from "../../graph-seed/store/memory/index.ts";
import type { GraphStore } from "../../model/store.ts";
import { type AppOptions, createApp } from "../app.ts";
import { seedIfEmpty } from "../seedIfEmpty.ts";

export const SEED_CORPUS = resolve("graph-seed/articles");

export interface Harness {
  app: FastifyInstance;
  store: GraphStore;
  /** http://127.0.0.1:<port> */
  url: string;
  root: string;
  corpusDir: string;
  snapshotPath: string;
  get<T = unknown>(path: string): Promise<{ status: number; body: T; headers: Headers }>;
  post<T = unknown>(path: string, body: unknown): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Reuse folders from an earlier harness (restart tests). */
  root?: string;
  store?: (store: GraphStore) => GraphStore;
  app?: Partial<AppOptions>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const root = options.root ?? (await mkdtemp(join(tmpdir(), "api-test-")));
  const corpusDir = join(root, "articles");
  const snapshotPath = join(root, "graph.json");
  if (!options.root) await cp(SEED_CORPUS, corpusDir, { recursive: true });
  const memory = createMemoryStore({ snapshotPath });
  await memory.init();
  await seedIfEmpty(memory, corpusDir, silentLog);
  const store = options.store ? options.store(memory) : memory;
  const app = await createApp({ store, corpusDir, ...options.app });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    app,
    store,
    url,
    root,
    corpusDir,
    snapshotPath,
    async get<T>(path: string) {
      const res = await fetch(url + path);
      const text = await res.text();
      return { status: res.status, body: parseMaybe(text) as T, headers: res.headers };
    },
    async post<T>(path: string, body: unknown) {
      const res = await fetch(url + path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
      return { status: res.status, body: parseMaybe(await res.text()) as T };
    },
    async close() {
      await app.close();
      await memory.close();
    },
  };
}

export const removeHarnessFiles = (h: Harness) => rm(h.root, { recursive: true, force: true });

const parseMaybe = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

const noop = () => {};
const silentLog = { info: noop, warn: noop };
