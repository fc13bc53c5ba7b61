/** The check both stores make of an article record before storing it. */
import type { ArticleRecord } from "../../../model/store.ts";

export function assertArticleRecord(article: ArticleRecord) {
  if (!article?.summary?.id || typeof article.text !== "string") {
    throw new Error("putArticle: an article needs summary.id and a text");
  }
}
