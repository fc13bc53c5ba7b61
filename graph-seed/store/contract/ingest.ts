/**
 * The ingest part of the GraphStore contract (issue 11), run by contract/contract.test.ts against every
 * store: one article's batch, record and ties are written together or not at all, an edge id cannot be
 * reused between other nodes or as another kind, and opening the store again changes nothing.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { graphQuerySchema } from "../../../model/api.ts";
import { edgeIdOf, type GraphBatch, type GraphEdge, type GraphNode } from "../../../model/graph.ts";
import { articleId, articleNodeId, nodeId } from "../../../model/ids.ts";
import type { ArticleRecord, GraphStore } from "../../../model/store.ts";
import { loadArticles } from "../../load/load.ts";
import { corpus, type Factory, fixtureExtract } from "./stores.ts";

const [macron, scholz, erdogan] = ["macron", "scholz", "erdogan"].map((n) => nodeId(`person:${n}`));
const TEXT = "التقى ماكرون بالسيد توسك في وارسو وبحثا أمن الطاقة في أوروبا.";

/** An article of our own: a meeting of Macron and a person new to the graph, reported by it. */
function meetingArticle(tag: string): { batch: GraphBatch; article: ArticleRecord } {
  const id = articleId(`fx_ingest_${tag}`);
  const articleNode = articleNodeId(id);
  const guest = nodeId(`person:guest-${tag}`);
  const event = nodeId(`event:warsaw-${tag}`);
  const evidence = [{ articleId: id, start: 0, end: TEXT.length, quote: TEXT }];
  const nodes: GraphNode[] = [
    { id: articleNode, kind: "Article", name: { ar: `مقال ${tag}`, en: null } },
    { id: guest, kind: "Person", name: { ar: `ضيف ${tag}`, en: `Guest ${tag}` } },
    {
      id: event,
      kind: "Event",
      name: { ar: "لقاء", en: "Meeting" },
      eventType: "Meeting",
      date: "2023-10-02",
    },
  ];
  const edge = (kind: GraphEdge["kind"], source: typeof event, target: typeof event): GraphEdge => ({
    id: edgeIdOf(kind, source, target),
    kind,
    source,
    target,
    evidence,
  });
  const edges = [
    edge("PARTICIPATED_IN", macron!, event),
    edge("PARTICIPATED_IN", guest, event),
    edge("REPORTED_IN", event, articleNode),
  ];
  const summary = {
    id,
    title: `مقال ${tag}`,
    published: "2023-10-02",
    publishedPrecision: "day" as const,
    source: "contract",
    language: "ar",
    length: TEXT.length,
  };
  return { batch: { nodes, edges }, article: { summary, text: TEXT } };
}

/**
 * How the contract looks at what was written: through the store's own reads by default. A test over a
 * simulated database can look at the database itself instead, so it checks the writes whatever the reads do.
 */
export interface WriteProbe {
  /** Everything a failed ingest must leave as it was. */
  everything(store: GraphStore): Promise<{ articles: number; persons: number; ties: string[] } & object>;
  articleText(store: GraphStore, id: string): Promise<string | null>;
}

const storeProbe: WriteProbe = {
  async everything(store) {
    const stats = await store.stats();
    const ties = (await store.graph(graphQuerySchema.parse({ view: "people" }))).edges
      .map((e) => `${e.id}=${e.weight}`)
      .sort();
    return {
      articles: stats.articles,
      persons: stats.nodes.Person,
      ties,
      stats,
      list: await store.articles(),
    };
  },
  async articleText(store, id) {
    return (await store.article(articleId(id)))?.text ?? null;
  },
};

export function ingestContract(factory: Factory, probe: WriteProbe = storeProbe) {
  const everything = () => probe.everything(store);
  let store: GraphStore;
  beforeAll(async () => {
    store = await factory.create();
    await store.init();
    await store.clear();
    await store.curation.forgetAll();
    await loadArticles(store, corpus, fixtureExtract);
  });
  afterAll(async () => {
    await store?.clear();
    await store?.close();
  });

  it("an ingest writes its batch, its article and the ties of its events together", async () => {
    const before = await everything();
    const { batch, article } = meetingArticle("a");
    const guest = batch.nodes[1]!.id;
    const result = await store.ingest({ batch, article });
    expect(result).toEqual({ nodesCreated: 3, nodesUpdated: 0, edgesCreated: 3, edgesUpdated: 0 });
    const after = await everything();
    expect(after.articles).toBe(before.articles + 1);
    expect(after.persons).toBe(before.persons + 1);
    // The tie is there without a refreshDerived(); the pairs the article does not touch are as they were.
    const [a, b] = [macron!, guest].sort();
    const tie = `${edgeIdOf("MET", a!, b!)}=1`;
    expect(after.ties).toEqual([...before.ties, tie].sort());
    expect(await probe.articleText(store, article.summary.id)).toBe(TEXT);
    // Ingesting the same article again creates nothing and counts the meeting once.
    expect(await store.ingest({ batch, article })).toMatchObject({ nodesCreated: 0, edgesCreated: 0 });
    expect((await everything()).ties).toEqual(after.ties);
  });

  it("a failure half-way writes nothing: an article that cannot be stored takes its batch and ties with it", async () => {
    const before = await everything();
    const { batch, article } = meetingArticle("b");
    const broken = { ...article, text: 42 } as unknown as ArticleRecord;
    await expect(store.ingest({ batch, article: broken })).rejects.toThrow(/article/);
    expect(await everything()).toEqual(before);
    for (const node of batch.nodes) expect(await store.hasNode(node.id)).toBe(false);
    expect(await probe.articleText(store, article.summary.id)).toBeNull();
    // And the same article, whole, goes in afterwards.
    await store.ingest({ batch, article });
    expect(await store.hasNode(batch.nodes[1]!.id)).toBe(true);
  });

  it("a batch whose later element is invalid writes none of the earlier ones", async () => {
    const before = await everything();
    const { batch, article } = meetingArticle("c");
    const ghost = nodeId("person:nobody-at-all");
    const last: GraphEdge = {
      ...batch.edges[0]!,
      id: edgeIdOf("PARTICIPATED_IN", ghost, batch.nodes[2]!.id),
      source: ghost,
    };
    await expect(
      store.ingest({ batch: { ...batch, edges: [...batch.edges, last] }, article }),
    ).rejects.toThrow(/person:nobody-at-all/);
    expect(await everything()).toEqual(before);
    for (const node of batch.nodes) expect(await store.hasNode(node.id)).toBe(false);
  });

  it("an edge id already used is refused with other ends or another kind, and nothing is written", async () => {
    const before = await everything();
    const used = edgeIdOf("MET", macron!, scholz!);
    const base = { id: used, evidence: [] };
    const otherEnds: GraphEdge = { ...base, kind: "MET", source: macron!, target: erdogan! };
    const otherKind: GraphEdge = { ...base, kind: "SPOKE_WITH", source: macron!, target: scholz! };
    const { batch, article } = meetingArticle("d");
    await expect(
      store.ingest({ batch: { nodes: batch.nodes, edges: [...batch.edges, otherEnds] }, article }),
    ).rejects.toThrow(/already joins person:macron -> person:scholz/);
    await expect(store.upsert({ nodes: [], edges: [otherKind] })).rejects.toThrow(
      /is a MET, not a SPOKE_WITH/,
    );
    expect(await everything()).toEqual(before);
  });

  it("opening the store again changes nothing (the schema is already there)", async () => {
    const before = await everything();
    await store.init();
    await store.init();
    expect(await everything()).toEqual(before);
  });
}
