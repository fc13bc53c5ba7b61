/** Article records on Neo4j: summaries, one article with its highlight spans, and the record written. */
import type { ArticleDoc, ArticleSummary } from "../../../model/api.ts";
import { type ArticleId, articleId, articleNodeId } from "../../../model/ids.ts";
import type { DatePrecision } from "../../../model/kinds.ts";
import type { ArticleRecord } from "../../../model/store.ts";
import { articleDoc, articleList } from "../memory/articles.ts";
import { ARTICLE_BY_ID, ARTICLE_SUMMARIES } from "./cypher.ts";
import { ARTICLE_SPANS } from "./cypherReads.ts";
import type { CypherRunner, Row } from "./session.ts";
import { SubgraphBuilder } from "./subgraph.ts";
import { asMap, toCypherInt, toJsNumber } from "./values.ts";

const strOrNull = (v: unknown) => (typeof v === "string" ? v : null);

export const summaryFromProps = (p: Row): ArticleSummary => ({
  id: articleId(String(p.id)),
  title: strOrNull(p.title),
  published: strOrNull(p.published),
  publishedPrecision: strOrNull(p.publishedPrecision) as DatePrecision | null,
  source: strOrNull(p.source),
  language: String(p.language ?? ""),
  length: p.length === null || p.length === undefined ? 0 : toJsNumber(p.length),
  lede: strOrNull(p.lede),
});

/** The parameter map WRITE_ARTICLE stores; nulls simply leave the property unset. */
export const articleToProps = ({ summary, text }: ArticleRecord) => ({
  id: summary.id,
  title: summary.title,
  published: summary.published,
  publishedPrecision: summary.publishedPrecision,
  source: summary.source,
  language: summary.language,
  length: toCypherInt(summary.length),
  lede: summary.lede ?? null,
  text,
});

/** Summaries of some articles (all when ids is null), keyed by id. */
export async function readSummaries(db: CypherRunner, ids: string[] | null) {
  const rows = await db.read(ARTICLE_SUMMARIES, { ids });
  return rows.map((r) => summaryFromProps(asMap(r.summary)));
}

export async function listArticles(db: CypherRunner): Promise<ArticleSummary[]> {
  const builder = new SubgraphBuilder();
  for (const summary of await readSummaries(db, null)) builder.addArticle(summary);
  return articleList(builder.build());
}

/**
 * article(id) on Neo4j: the record (ARTICLE_BY_ID) and the article's own mentions and reports
 * (ARTICLE_SPANS), which the embedded store's code turns into the highlighted spans.
 */
export async function readArticle(db: CypherRunner, id: ArticleId): Promise<ArticleDoc | null> {
  const [row] = await db.read(ARTICLE_BY_ID, { id });
  if (!row) return null;
  const props = asMap(row.article);
  const builder = new SubgraphBuilder().addArticle(summaryFromProps(props), String(props.text ?? ""));
  builder.addRows(await db.read(ARTICLE_SPANS, { node: articleNodeId(id) }), ["node", "other"]);
  return articleDoc(builder.build(), id);
}
