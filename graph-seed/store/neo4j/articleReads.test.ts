/**
 * article(id) on Neo4j: two statements, the record and the article's own mentions and reports with only
 * what a span names of the nodes at the other end, and how their rows become the highlighted spans.
 */
import { describe, expect, it } from "vitest";
import { articleId } from "../../../model/ids.ts";
import { readArticle } from "./articles.ts";
import { ARTICLE_BY_ID } from "./cypher.ts";
import { ARTICLE_SPANS } from "./cypherReads.ts";
import { fakeRunner, testQuote } from "./fakeRunner.ts";
import type { Row } from "./session.ts";

const TEXT = "استقبل الرئيس ضيفه في القصر صباح اليوم وبحثا ملفات عديدة ثم عقدا مؤتمرا صحفيا.";
const record = { id: "a1", title: "لقاء", language: "ar", length: TEXT.length, text: TEXT };
const named = (id: string, kind: string, ar: string) => ({ id, kind, nameAr: ar, nameEn: null });
const articleNode = named("article:a1", "Article", "لقاء");

const spans = [
  {
    node: articleNode,
    other: named("person:host", "Person", "الرئيس"),
    props: { id: "MENTIONS:article:a1->person:host", kind: "MENTIONS", evidence: [testQuote(0, 8)] },
    source: "article:a1",
    target: "person:host",
  },
  {
    node: articleNode,
    other: named("event:talks", "Event", "محادثات"),
    props: { id: "REPORTED_IN:event:talks->article:a1", kind: "REPORTED_IN", evidence: [testQuote(40)] },
    source: "event:talks",
    target: "article:a1",
  },
] as unknown as Row[];

describe("article(id) on Neo4j", () => {
  it("reads the record and the article's own spans, nothing else", async () => {
    const db = fakeRunner(
      new Map([
        [ARTICLE_BY_ID, [{ article: record } as unknown as Row]],
        [ARTICLE_SPANS, spans],
      ]),
    );
    const doc = (await readArticle(db, articleId("a1")))!;
    expect(db.calls.map((c) => c.query)).toEqual([ARTICLE_BY_ID, ARTICLE_SPANS]);
    expect(db.paramsOf(ARTICLE_SPANS)).toEqual([{ node: "article:a1" }]);
    expect(doc.text).toBe(TEXT);
    // A mention marks the name within the sentence; a report the whole sentence.
    expect(doc.spans.map((s) => [s.kind, s.start, s.end, s.node.id, s.node.name.ar])).toEqual([
      ["mention", 8, 11, "person:host", "الرئيس"],
      ["evidence", 40, 50, "event:talks", "محادثات"],
    ]);
  });

  it("no record: null, and the spans are not asked for", async () => {
    const db = fakeRunner(new Map([[ARTICLE_BY_ID, []]]));
    expect(await readArticle(db, articleId("nope"))).toBeNull();
    expect(db.calls).toHaveLength(1);
  });

  it("asks only for the fields a span shows of the nodes at either end", () => {
    expect(ARTICLE_SPANS).not.toContain("{.*}");
    expect(ARTICLE_SPANS.match(/\{\.id, \.kind, \.nameAr, \.nameEn\}/g)).toHaveLength(2);
  });
});
