/** Extraction in worker threads: the same facts, a time budget, a bounded queue, and reads that never wait. */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { extractArticle } from "../../graph-seed/extract/index.ts";
import type { ArticleMeta } from "../../model/extraction.ts";
import { HttpError } from "../errors.ts";
import { createExtractPool, type ExtractPool } from "../extractPool.ts";
import { EXTRACT_NICE } from "../threadPriority.ts";
import { type Harness, removeHarnessFiles, startHarness } from "./harness.ts";

const META: ArticleMeta = { id: "t", title: null, published: "2019-05-10" };
const SENTENCE = "التقى الرئيس الروسي فلاديمير بوتين نظيره المصري عبد الفتاح السيسي في موسكو اليوم.\n";
/** Name-dense and long, yet within every limit the API checks. */
const HEAVY = SENTENCE.repeat(1500);

const pools: ExtractPool[] = [];
const harnesses: Harness[] = [];
const pool = (options: Parameters<typeof createExtractPool>[0]) => {
  const p = createExtractPool(options);
  pools.push(p);
  return p;
};
afterEach(async () => {
  for (const h of harnesses.splice(0)) {
    await h.close();
    await removeHarnessFiles(h);
  }
  for (const p of pools.splice(0)) await p.close();
});

describe("the extraction pool", () => {
  it("gives the same facts as extracting in the server's own thread", async () => {
    const text = await readFile("graph-seed/articles/000_57f5ad7fed51586d.txt", "utf8");
    const p = pool({ threads: 1 });
    expect(await p.extract(text, META)).toEqual(extractArticle(text, META));
  });

  it("stops an article over its time budget with a 422 that says so", async () => {
    const p = pool({ threads: 1, budgetMs: 50 });
    const error = await p.extract(HEAVY, META).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect([(error as HttpError).statusCode, (error as HttpError).message]).toEqual([
      422,
      expect.stringContaining("took longer than"),
    ]);
  });

  it("refuses beyond its queue with a 503 rather than piling work up", async () => {
    const p = pool({ threads: 1, maxQueue: 1 });
    const results = await Promise.allSettled([1, 2, 3, 4].map(() => p.extract(HEAVY, META)));
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused)
      expect((r as PromiseRejectedResult).reason).toMatchObject({ statusCode: 503, retryAfter: 5 });
    expect(results.some((r) => r.status === "fulfilled")).toBe(true);
  });

  it("answers a read while a heavy preview is still being extracted", async () => {
    const p = pool({ threads: 1 });
    let extracted = Number.POSITIVE_INFINITY;
    const extract = async (text: string, meta: ArticleMeta) => {
      const facts = await p.extract(text, meta);
      extracted = performance.now();
      return facts;
    };
    const h = await startHarness({ app: { extract, authenticate: () => ({ name: "ed", role: "editor" }) } });
    harnesses.push(h);
    const preview = h.post("/api/articles", { text: HEAVY, dryRun: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const read = await h.get("/api/search?q=putin");
    const answered = performance.now();
    expect(read.status).toBe(200);
    expect((await preview).status).toBe(200);
    // In the server's own thread the read would wait until extraction ended.
    expect(answered).toBeLessThan(extracted);
  });
});

/** Nice value of each thread of this process, from /proc (Linux). */
async function threadNices(): Promise<Map<number, number>> {
  const nices = new Map<number, number>();
  for (const tid of await readdir("/proc/self/task")) {
    const stat = await readFile(`/proc/self/task/${tid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces): state is field 3, nice field 19.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    nices.set(Number(tid), Number(fields[16]));
  }
  return nices;
}

describe.runIf(existsSync("/proc/thread-self"))("extraction threads' priority", () => {
  it("runs extraction in threads below the main thread's priority, leaving the main thread as it was", async () => {
    const before = await threadNices();
    const p = pool({ threads: 1 });
    const seen = await p.extract(SENTENCE, META);
    expect(seen.article.id).toBe("t");
    const after = await threadNices();
    expect(after.get(process.pid)).toBe(before.get(process.pid));
    const low = Math.max(EXTRACT_NICE, after.get(process.pid)!);
    const lowered = [...after].filter(([tid, nice]) => !before.has(tid) && nice === low);
    expect(lowered.length).toBeGreaterThanOrEqual(1);
  });
});
