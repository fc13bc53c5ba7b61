/**
 * Bad days: the real server killed with SIGKILL at seeded random moments while it ingests, then started
 * again on the same folders. Corpus and graph must agree after every restart (start-up reconciliation),
 * no temporary file may survive, and nothing the API confirmed (201, or 200 for a review) may be lost.
 */
import { cp, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArticles } from "../../graph-seed/bench/generateArticles.ts";
import { readCorpus } from "../../graph-seed/corpus/readCorpus.ts";
import type { ArticleSummary, IngestResult } from "../../model/api.ts";
import type { ReviewQueuePage } from "../../model/curation.ts";
import { seededRandom } from "../../model/seededRandom.ts";
import { createUserStore } from "../auth/users.ts";
import { killHard, type Running, signIn, startServer } from "./chaosServer.ts";
import { SEED_CORPUS } from "./harness.ts";

const EDITOR = { name: "chaos-editor", password: "chaos-editor-password" };
const SEED = Number(process.env.CHAOS_SEED ?? 12);
const ROUNDS = 3;
const PER_ROUND = 6;

let root: string;
let server: Running | null = null;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "chaos-test-"));
  await cp(SEED_CORPUS, join(root, "articles"), { recursive: true });
  await createUserStore(join(root, "users.json")).add(EDITOR.name, "editor", EDITOR.password);
});
afterAll(async () => {
  if (server) await killHard(server);
  await rm(root, { recursive: true, force: true });
});

const apiArticleIds = async (url: string) =>
  new Set(
    ((await (await fetch(`${url}/api/articles`)).json()) as ArticleSummary[]).map((a) => a.id as string),
  );

/** Every article in the corpus folder is in the graph, and no temporary file is left behind. */
async function expectCorpusAndGraphAgree(url: string) {
  const corpus = await readCorpus(join(root, "articles"));
  expect(corpus.skipped, "no half-written article file").toEqual([]);
  const api = await apiArticleIds(url);
  expect(corpus.articles.map((a) => a.meta.id).filter((id) => !api.has(id))).toEqual([]);
  const temps = [...(await readdir(join(root, "articles"))), ...(await readdir(root))].filter((n) =>
    n.endsWith(".tmp"),
  );
  expect(temps, "stale temporary files removed at start").toEqual([]);
  return api;
}

describe("chaos: kill -9 during writes", () => {
  it("keeps every confirmed ingest and agrees with its corpus after each restart", async () => {
    // Seeded, so the kill moments repeat from run to run.
    const random = seededRandom(SEED);
    const confirmed: string[] = [];
    const articles = generateArticles(ROUNDS * PER_ROUND, SEED);
    for (let round = 0; round < ROUNDS; round++) {
      server = await startServer(root);
      await expectCorpusAndGraphAgree(server.url);
      const headers = await signIn(server.url, EDITOR.name, EDITOR.password);
      const batch = articles.slice(round * PER_ROUND, (round + 1) * PER_ROUND);
      const url = server.url;
      const sent = batch.map((a) =>
        fetch(`${url}/api/articles`, { method: "POST", headers, body: JSON.stringify({ text: a.text }) })
          .then(async (res) => {
            if (res.status === 201) confirmed.push(((await res.json()) as IngestResult).article.id as string);
          })
          .catch(() => {}),
      );
      // Somewhere in the middle of the batch: some answered, one being written, some still queued.
      await Promise.race(sent);
      await new Promise((resolve) => setTimeout(resolve, random() * 300));
      await killHard(server);
      server = null;
      await Promise.all(sent);
      // A writer killed between its temp file and the rename leaves this; the next start must remove it.
      await writeFile(join(root, "articles", `dead-${round}.txt.2147483646.x.tmp`), "نصف مقال");
    }
    server = await startServer(root);
    const api = await expectCorpusAndGraphAgree(server.url);
    expect(confirmed.length, "some ingests were confirmed before the kills").toBeGreaterThan(0);
    expect(
      confirmed.filter((id) => !api.has(id)),
      "confirmed ingests lost",
    ).toEqual([]);
    await killHard(server);
    server = null;
  });

  it("keeps a review confirmed just before the kill (journal replay)", async () => {
    server = await startServer(root);
    const headers = await signIn(server.url, EDITOR.name, EDITOR.password);
    const queue = (await (await fetch(`${server.url}/api/review/queue?limit=1`)).json()) as ReviewQueuePage;
    const item = queue.items[0]!;
    const res = await fetch(`${server.url}/api/review/status`, {
      method: "POST",
      headers,
      body: JSON.stringify({
        target: { kind: "event", id: item.event.id },
        status: "confirmed",
        version: item.review.version,
      }),
    });
    expect(res.status).toBe(200);
    await killHard(server);

    server = await startServer(root);
    const after = (await (await fetch(`${server.url}/api/review/queue?limit=200`)).json()) as ReviewQueuePage;
    expect(after.remaining).toBe(queue.remaining - 1);
    expect(after.items.map((i) => i.event.id)).not.toContain(item.event.id);
    const audit = await (
      await fetch(`${server.url}/api/audit?target=${encodeURIComponent(item.event.id)}`)
    ).text();
    expect(audit).toContain("confirmed");
  });
});
