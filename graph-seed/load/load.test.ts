import { describe, expect, it } from "vitest";
import type { ArticleMeta } from "../../model/extraction.ts";
import { articleId } from "../../model/ids.ts";
import { readCorpus } from "../corpus/readCorpus.ts";
import { FIXTURE_ARTICLES } from "../store/contract/fixtures.ts";
import { createMemoryStore } from "../store/memory/index.ts";
import { loadArticles } from "./load.ts";

const corpus = FIXTURE_ARTICLES.map((a) => ({ meta: a.meta, text: a.text, path: `${a.meta.id}.txt` }));
const byId = new Map(FIXTURE_ARTICLES.map((a) => [a.meta.id, a.extraction]));

describe("loadArticles", () => {
  it("reports and skips an article whose extraction throws, loads the rest", async () => {
    const store = createMemoryStore({ snapshotPath: null });
    await store.init();
    const extract = (_text: string, meta: ArticleMeta) => {
      if (meta.id === "fx_a2") throw new Error("extractor exploded");
      return byId.get(meta.id)!;
    };
    const report = await loadArticles(store, corpus, extract);
    expect(report.read).toBe(2);
    expect(report.skipped).toEqual([{ id: "fx_a2", reason: "extractor exploded" }]);
    expect(report.nodesByKind.Article).toBe(2);
    expect(report.nodesByKind.Event).toBe(5);
    expect(report.edgesByKind.MET).toBe(4);
    expect(await store.article(articleId("fx_a2"))).toBeNull();
    expect(report.ms).toBeGreaterThanOrEqual(0);
  });

  it("is idempotent: a second load gives the same counts and the same articles", async () => {
    const store = createMemoryStore({ snapshotPath: null });
    await store.init();
    const extract = (_t: string, meta: ArticleMeta) => byId.get(meta.id)!;
    const first = await loadArticles(store, corpus, extract);
    const second = await loadArticles(store, corpus, extract);
    expect(second.nodesByKind).toEqual(first.nodesByKind);
    expect(second.edgesByKind).toEqual(first.edgesByKind);
    expect(await store.articles()).toHaveLength(3);
  });

  it("loads the seed corpus with the real extractor without skipping anything", async () => {
    const store = createMemoryStore({ snapshotPath: null });
    await store.init();
    const { articles } = await readCorpus("graph-seed/articles");
    const report = await loadArticles(store, articles);
    expect(report.skipped).toEqual([]);
    expect(report.read).toBe(articles.length);
    expect(report.nodesByKind.Article).toBe(articles.length);
    expect(report.nodesByKind.Person).toBeGreaterThan(0);
  });
});
