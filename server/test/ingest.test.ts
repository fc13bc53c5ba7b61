/** POST /api/articles: merge into the graph, dedupe, serialise, fail cleanly, persist. */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readCorpus } from "../../graph-seed/corpus/readCorpus.ts";
import type {
  ArticleSummary,
  ErrorBody,
  IngestResult,
  NodeDetails,
  SearchHit,
  Stats,
} from "../../model/api.ts";
import type { GraphStore, IngestUnit } from "../../model/store.ts";
import { type Harness, removeHarnessFiles, startHarness } from "./harness.ts";

const XI = "person:xi-jinping";
const PUTIN = "person:vladimir-putin";
const ARTICLE = {
  text:
    "موسكو - أجرى الرئيس الروسي فلاديمير بوتين اليوم الاثنين محادثات في موسكو مع الرئيس الصيني شي جين بينغ " +
    "تناولت التعاون الاقتصادي والأزمة السورية.",
  title: "بوتين يستقبل شي جين بينغ",
  published: "2023-03-20",
  source: "test",
};
const enc = encodeURIComponent;

/** A store whose ingest fails after the batch's nodes were written (the bulk around it must undo them). */
const failingPutArticle = <S extends object>(s: S): S =>
  new Proxy(s, {
    get(target, prop, receiver) {
      if (prop === "ingest")
        return async (unit: IngestUnit) => {
          await (target as unknown as GraphStore).upsert(unit.batch);
          throw new Error("disk full");
        };
      return Reflect.get(target, prop, receiver);
    },
  });

/** Ingesting needs an editor; these tests use the seam rather than a session (the session tests cover those). */
const EDITOR = { name: "test-editor", role: "editor" } as const;

const harnesses: Harness[] = [];
async function start(options: Parameters<typeof startHarness>[0] = {}) {
  const h = await startHarness({ ...options, app: { authenticate: () => EDITOR, ...options.app } });
  harnesses.push(h);
  return h;
}
afterEach(async () => {
  for (const h of harnesses.splice(0)) {
    await h.close().catch(() => undefined);
    await removeHarnessFiles(h);
  }
});

const stats = async (h: Harness) => (await h.get<Stats>("/api/stats")).body;
const graphIds = async (h: Harness) => {
  const g = (await h.get<{ nodes: { id: string }[]; edges: { id: string }[] }>("/api/graph?limit=20000"))
    .body;
  return { nodes: g.nodes.map((n) => n.id).sort(), edges: g.edges.map((e) => e.id).sort() };
};

describe("ingest", () => {
  it("adds a new leader and merges the known one", async () => {
    const h = await start();
    expect((await h.get(`/api/nodes/${enc(XI)}`)).status).toBe(404);
    const { status, body } = await h.post<IngestResult>("/api/articles", ARTICLE);
    expect(status).toBe(201);
    expect(body.dryRun).toBe(false);
    expect(body.added.map((n) => n.id)).toContain(XI);
    expect(body.merged.map((n) => n.id)).toContain(PUTIN);
    expect(body.added.map((n) => n.id)).not.toContain(PUTIN);
    expect(body.edgesAdded).toBeGreaterThan(0);
    expect(body.article).toMatchObject({ title: ARTICLE.title, published: "2023-03-20", language: "ar" });

    const xi = await h.get<NodeDetails>(`/api/nodes/${enc(XI)}`);
    expect(xi.status).toBe(200);
    expect(xi.body.mentions.some((m) => m.articleId === body.article.id)).toBe(true);
    expect((await stats(h)).articles).toBe(6);
    const doc = await h.get<{ text: string }>(`/api/articles/${enc(body.article.id)}`);
    expect(doc.body.text).toBe(ARTICLE.text);
  });

  it("previews a dry run without writing anything", async () => {
    const h = await start();
    const before = await graphIds(h);
    const { status, body } = await h.post<IngestResult>("/api/articles", { ...ARTICLE, dryRun: true });
    expect(status).toBe(200);
    expect(body.dryRun).toBe(true);
    expect(body.added.map((n) => n.id)).toContain(XI);
    expect(body.extraction.entities.some((e) => e.id === XI)).toBe(true);
    expect(await graphIds(h)).toEqual(before);
    expect((await readCorpus(h.corpusDir)).articles).toHaveLength(5);
  });

  it("gives the same text the same id and creates no duplicates", async () => {
    const h = await start();
    const first = (await h.post<IngestResult>("/api/articles", ARTICLE)).body;
    const after = await graphIds(h);
    const second = await h.post<IngestResult>("/api/articles", { ...ARTICLE, text: `\n${ARTICLE.text}\r\n` });
    expect(second.status).toBe(201);
    expect(second.body.article.id).toBe(first.article.id);
    expect(second.body.added).toEqual([]);
    expect(second.body.edgesAdded).toBe(0);
    expect(await graphIds(h)).toEqual(after);
    expect((await stats(h)).articles).toBe(6);
  });

  it("takes a copy with a zero-width space, an NBSP or a tatweel added for the same article", async () => {
    const h = await start();
    const first = (await h.post<IngestResult>("/api/articles", ARTICLE)).body;
    const putin = async () => (await h.get<NodeDetails>(`/api/nodes/${enc(PUTIN)}`)).body.mentions.length;
    const [after, mentions] = [await graphIds(h), await putin()];
    const disguised = ARTICLE.text.replace("الروسي ", "الروسي\u00A0").replace("بوتين", "بو\u200Bتيـن");
    const second = await h.post<IngestResult>("/api/articles", { ...ARTICLE, text: disguised });
    expect(second.body.article.id).toBe(first.article.id);
    expect([second.body.added, second.body.edgesAdded]).toEqual([[], 0]);
    expect(await graphIds(h)).toEqual(after);
    expect(await putin()).toBe(mentions);
    expect((await stats(h)).articles).toBe(6);
  });

  it("serialises concurrent ingests of the same article", async () => {
    const h = await start();
    const results = await Promise.all([1, 2, 3, 4].map(() => h.post<IngestResult>("/api/articles", ARTICLE)));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(results.map((r) => r.body.article.id)).size).toBe(1);
    // Exactly one of them saw the new leader as new.
    expect(results.filter((r) => r.body.added.some((n) => n.id === XI))).toHaveLength(1);
    const ids = await graphIds(h);
    expect(new Set(ids.nodes).size).toBe(ids.nodes.length);
    expect((await stats(h)).articles).toBe(6);
  });

  it("writes the article to the corpus folder so a re-seed finds it", async () => {
    const h = await start();
    const { body } = await h.post<IngestResult>("/api/articles", ARTICLE);
    expect(await readFile(join(h.corpusDir, `${body.article.id}.txt`), "utf8")).toBe(ARTICLE.text);
    const corpus = await readCorpus(h.corpusDir);
    const again = corpus.articles.find((a) => a.meta.id === body.article.id);
    expect(again?.meta).toMatchObject({ title: ARTICLE.title, published: "2023-03-20", source: "test" });
  });

  it("merges a re-posted seed article into it instead of adding a second copy", async () => {
    const h = await start();
    const seeded = (await h.get<ArticleSummary[]>("/api/articles")).body[0]!;
    const text = await readFile(join(h.corpusDir, `${seeded.id}.txt`), "utf8");
    const before = await graphIds(h);
    // The seed files keep their corpus ids, which are not the hash of their text.
    const { status, body } = await h.post<IngestResult>("/api/articles", {
      text: `${text}\n`,
      title: "again",
    });
    expect(status).toBe(201);
    expect(body.article.id).toBe(seeded.id);
    expect(body.article.title).toBe(seeded.title);
    expect(body.added).toEqual([]);
    expect(body.edgesAdded).toBe(0);
    expect(await graphIds(h)).toEqual(before);
    expect((await stats(h)).articles).toBe(5);
    expect((await readCorpus(h.corpusDir)).articles).toHaveLength(5);
  });

  it("keeps an ingested article across a restart (snapshot)", async () => {
    const h = await start();
    const { body } = await h.post<IngestResult>("/api/articles", ARTICLE);
    const before = await graphIds(h);
    await h.close();
    const restarted = await start({ root: h.root });
    expect((await restarted.get(`/api/nodes/${enc(XI)}`)).status).toBe(200);
    expect((await restarted.get(`/api/articles/${enc(body.article.id)}`)).status).toBe(200);
    expect(await graphIds(restarted)).toEqual(before);
  });
});

describe("texts the ingest refuses before extracting", () => {
  it.each([
    ["a NUL character, which would make the saved file unreadable", `${ARTICLE.text}\u0000`, "NUL"],
    ["a lone surrogate, which UTF-8 cannot store", `${ARTICLE.text}\ud800`, "well-formed"],
    ["a 72,000-character sentence, which every mention would quote", "بوتين ".repeat(12_000), "sentence"],
  ])("%s", async (_why, text, word) => {
    const h = await start();
    const before = await graphIds(h);
    const started = Date.now();
    const { status, body } = await h.post<ErrorBody>("/api/articles", { text });
    expect(status).toBe(400);
    expect(body.message).toContain(word);
    // Refused up front: extracting the long one took 20 s and made Putin's details unservable.
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await graphIds(h)).toEqual(before);
    expect((await readCorpus(h.corpusDir)).articles).toHaveLength(5);
  });

  it("refuses an article whose quoted evidence would run to millions of characters", async () => {
    const h = await start();
    const sentence = `${"بوتين ".repeat(330).trim()}.\n`;
    const { status, body } = await h.post<ErrorBody>("/api/articles", { text: sentence.repeat(25) });
    expect(status).toBe(400);
    expect(body.message).toContain("evidence");
    expect((await stats(h)).articles).toBe(5);
  });

  it("refuses a text with no letters and a publication date out of the calendar's years", async () => {
    const h = await start();
    const blank = await h.post<ErrorBody>("/api/articles", { text: "\u200B\u200B … \u200B" });
    expect([blank.status, blank.body.message]).toEqual([400, expect.stringContaining("no letters")]);
    const zero = await h.post<ErrorBody>("/api/articles", { ...ARTICLE, published: "0000-01-01" });
    expect([zero.status, zero.body.message]).toEqual([400, expect.stringContaining("years 1800–2199")]);
    expect((await stats(h)).articles).toBe(5);
  });
});

describe("failed ingests leave the graph as it was", () => {
  it("when the snapshot cannot be saved", async () => {
    const h = await start();
    const before = await graphIds(h);
    // A non-empty folder where the snapshot file should be: the rename that saves it fails.
    await rm(h.snapshotPath);
    await mkdir(join(h.snapshotPath, "blocked"), { recursive: true });
    const { status } = await h.post<ErrorBody>("/api/articles", ARTICLE);
    expect(status).toBe(500);
    expect(await graphIds(h)).toEqual(before);
    expect((await h.get(`/api/nodes/${enc(XI)}`)).status).toBe(404);
    expect((await stats(h)).articles).toBe(5);
    const search = await h.get<SearchHit[]>(`/api/search?q=${enc("شي جين بينغ")}`);
    expect(search.body.some((hit) => hit.node.id === XI)).toBe(false);
    expect((await readCorpus(h.corpusDir)).articles).toHaveLength(5);

    // Once the snapshot can be written again, the same ingest goes through.
    await rm(h.snapshotPath, { recursive: true });
    expect((await h.post<IngestResult>("/api/articles", ARTICLE)).status).toBe(201);
    expect((await h.get(`/api/nodes/${enc(XI)}`)).status).toBe(200);
  });

  it("when the store fails after the nodes were written, the nodes go again", async () => {
    const h = await start({
      store: failingPutArticle,
    });
    const before = await graphIds(h);
    const { status } = await h.post<ErrorBody>("/api/articles", ARTICLE);
    expect(status).toBe(500);
    expect(await graphIds(h)).toEqual(before);
    expect((await h.get(`/api/nodes/${enc(XI)}`)).status).toBe(404);
  });

  it("when extraction throws", async () => {
    const h = await start({
      app: {
        extract: () => {
          throw new Error("extractor exploded");
        },
      },
    });
    const before = await graphIds(h);
    const { status, body } = await h.post<ErrorBody>("/api/articles", ARTICLE);
    expect(status).toBe(500);
    expect(body.message).toContain("nothing was written");
    expect(body.message).not.toContain("exploded");
    expect(await graphIds(h)).toEqual(before);
    expect((await readCorpus(h.corpusDir)).articles).toHaveLength(5);
  });

  it("when the extraction yields an inconsistent batch", async () => {
    const h = await start({
      app: {
        toBatch: () => ({
          nodes: [],
          edges: [
            {
              id: "MET:person:a->person:b" as never,
              kind: "MET",
              source: "person:a" as never,
              target: "person:b" as never,
              evidence: [],
            },
          ],
        }),
      },
    });
    const before = await graphIds(h);
    const { status, body } = await h.post<ErrorBody>("/api/articles", ARTICLE);
    expect(status).toBe(500);
    expect(body.message).toContain("unknown node person:a");
    expect(await graphIds(h)).toEqual(before);
  });

  it("when the corpus folder cannot be written", async () => {
    const h = await start();
    const blocked = join(h.root, "not-a-folder");
    await writeFile(blocked, "a file where the corpus folder should be");
    const other = await start({ root: h.root, app: { corpusDir: blocked } });
    const before = await graphIds(other);
    const { status } = await other.post<ErrorBody>("/api/articles", ARTICLE);
    expect(status).toBe(500);
    expect(await graphIds(other)).toEqual(before);
    expect((await other.get(`/api/nodes/${enc(XI)}`)).status).toBe(404);
  });

  it("when the store fails mid-write, the corpus file is removed again", async () => {
    const h = await start({
      store: failingPutArticle,
    });
    const { status } = await h.post<ErrorBody>("/api/articles", ARTICLE);
    expect(status).toBe(500);
    expect((await readCorpus(h.corpusDir)).articles).toHaveLength(5);
  });
});
