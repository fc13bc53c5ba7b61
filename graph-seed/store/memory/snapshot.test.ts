/** The embedded store's JSON snapshot: a full round trip, and a clear refusal of a corrupt file. */
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphQuerySchema, pathQuerySchema, searchQuerySchema } from "../../../model/api.ts";
import { articleId, nodeId } from "../../../model/ids.ts";
import { loadArticles } from "../../load/load.ts";
import { corpus, fixtureExtract } from "../contract/stores.ts";
import { createMemoryStore } from "./index.ts";

const macron = nodeId("person:macron");

describe("embedded store snapshot", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "h3-snapshot-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("round-trips the whole graph and the articles through the JSON snapshot", async () => {
    const snapshotPath = join(dir, "nested", "graph.json");
    const first = createMemoryStore({ snapshotPath });
    await first.init();
    await loadArticles(first, corpus, fixtureExtract);
    await first.close();
    const second = createMemoryStore({ snapshotPath });
    await second.init();
    expect(await second.stats()).toEqual(await first.stats());
    expect(await second.node(macron)).toEqual(await first.node(macron));
    expect(await second.article(articleId("fx_a1"))).toEqual(await first.article(articleId("fx_a1")));
    expect((await second.search(searchQuerySchema.parse({ q: "وماكرون" })))[0]?.node.id).toBe(
      "person:macron",
    );
    await second.clear();
    const third = createMemoryStore({ snapshotPath });
    await third.init();
    expect((await third.stats()).articles).toBe(0);
  });

  it("bulk() defers the snapshot to the end of the work, then writes everything once", async () => {
    const snapshotPath = join(dir, "bulk.json");
    const store = createMemoryStore({ snapshotPath });
    await store.init();
    let existedInside = true;
    await store.bulk!(async () => {
      await loadArticles(store, corpus.slice(0, 1), fixtureExtract);
      existedInside = await stat(snapshotPath).then(
        () => true,
        () => false,
      );
    });
    expect(existedInside).toBe(false);
    const reread = createMemoryStore({ snapshotPath });
    await reread.init();
    expect((await reread.stats()).articles).toBe(1);
  });

  it("stores each evidence sentence once (in the article text), and serves the same records", async () => {
    const snapshotPath = join(dir, "compact.json");
    const first = createMemoryStore({ snapshotPath });
    await first.init();
    await loadArticles(first, corpus, fixtureExtract);
    const all = graphQuerySchema.parse({ kinds: "Person,Country,Place,Topic,Event,Article,Organization" });
    const before = await first.graph(all);
    const quotes = before.edges.flatMap((e) => e.evidence.map((p) => p.quote));
    expect(quotes.length).toBeGreaterThan(10);
    const raw = await readFile(snapshotPath, "utf8");
    // Each quoted sentence appears once, inside its article's text, however many edges cite it.
    const longest = quotes.reduce((a, b) => (b.length > a.length ? b : a));
    expect(raw.split(JSON.stringify(longest).slice(1, -1)).length - 1).toBe(1);
    const second = createMemoryStore({ snapshotPath });
    await second.init();
    expect(await second.graph(all)).toEqual(before);
    expect(await second.node(macron)).toEqual(await first.node(macron));
  });

  it("keeps the quote when the article text is not stored, and still reads version 1 files", async () => {
    const snapshotPath = join(dir, "v1.json");
    const evidence = { articleId: "gone", start: 0, end: 5, quote: "hello" };
    const v1 = {
      version: 1,
      nodes: [
        { id: "person:a", kind: "Person", name: { ar: "أ", en: null } },
        { id: "country:b", kind: "Country", name: { ar: "ب", en: null } },
      ],
      edges: [
        {
          // Not a tie: ties are derived anew when a snapshot is opened, and this one has no events.
          id: "HOLDS_OFFICE:person:a->country:b",
          kind: "HOLDS_OFFICE",
          source: "person:a",
          target: "country:b",
          evidence: [evidence],
        },
      ],
      articles: [],
    };
    await writeFile(snapshotPath, JSON.stringify(v1));
    const store = createMemoryStore({ snapshotPath });
    await store.init();
    await store.putArticle({
      summary: {
        id: articleId("other"),
        title: null,
        published: null,
        publishedPrecision: null,
        source: null,
        language: "ar",
        length: 3,
      },
      text: "abc",
    });
    const reread = createMemoryStore({ snapshotPath });
    await reread.init();
    const path = await reread.paths(pathQuerySchema.parse({ from: "person:a", to: "country:b" }));
    expect(path?.paths[0]?.steps[0]?.edge.evidence).toEqual([evidence]);
  });

  it("refuses a corrupt snapshot with a message naming the file", async () => {
    const snapshotPath = join(dir, "bad.json");
    await writeFile(snapshotPath, "{not json");
    await expect(createMemoryStore({ snapshotPath }).init()).rejects.toThrow(/bad\.json/);
  });
});
