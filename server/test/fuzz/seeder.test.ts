/**
 * The seeder over generated folders: readCorpus and loadArticles never throw, every file that is not
 * loaded is reported with a reason, and every good article is loaded.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCorpus } from "../../../graph-seed/corpus/readCorpus.ts";
import { loadArticles } from "../../../graph-seed/load/load.ts";
import { createMemoryStore } from "../../../graph-seed/store/memory/index.ts";
import { corpusPlan, GOOD_KINDS, writeCorpus } from "./corpusFiles.ts";
import { checkProperty, FUZZ_TEST_TIMEOUT_MS } from "./settings.ts";

let root: string;
let outside: string;
let run = 0;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "fuzz-seeder-"));
  outside = join(root, "secret.txt");
  await writeFile(outside, "كلمة السر التي لا يجوز أن تظهر في الرسم البياني.");
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("fuzz: seeder", () => {
  it(
    "loads the good articles and reports every other file with a reason",
    async () => {
      await checkProperty(
        fc.asyncProperty(corpusPlan, async (plan) => {
          const dir = join(root, `corpus-${run++}`);
          await writeCorpus(dir, outside, plan);
          const corpus = await readCorpus(dir);
          const read = new Set(corpus.articles.map((a) => a.meta.id));
          const skipped = new Map(corpus.skipped.map((s) => [s.file, s.reason]));
          for (const { stem, kind } of plan.files) {
            const file = `${stem}.txt`;
            if (GOOD_KINDS.has(kind)) expect(read.has(stem), `${file} (${kind}) is read`).toBe(true);
            else expect(skipped.get(file), `${file} (${kind}) is skipped with a reason`).toMatch(/\S/);
          }
          expect(
            corpus.articles.every((a) => !a.text.includes("كلمة السر")),
            "nothing read through a link",
          ).toBe(true);
          if (plan.manifest !== "none")
            expect(corpus.skipped.some((s) => s.file !== "" && s.reason)).toBe(true);

          const store = createMemoryStore({ snapshotPath: join(dir, "graph.json") });
          await store.init();
          const report = await loadArticles(store, corpus.articles);
          expect(report.skipped).toEqual([]);
          const stored = new Set((await store.articles()).map((a) => a.id as string));
          expect([...stored].sort()).toEqual([...read].sort());
          await store.close();
        }),
        60,
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
