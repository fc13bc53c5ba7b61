/** The canonical form of a posted article: what is extracted, stored and hashed into its id. */
import type { IngestBody } from "../../model/api.ts";
import type { ArticleMeta } from "../../model/extraction.ts";

/**
 * The text as it is extracted and stored, so offsets index exactly what is kept: BOM, CRs and outer white
 * space dropped. The id hash folds more (invisible characters, spaces: sameTextKey in writeArticle.ts).
 */
export const canonicalText = (text: string) =>
  text
    .replace(/^\uFEFF/, "")
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .trim();

const ARABIC_LETTER = /[\u0600-\u06FF]/;

export function metaFor(id: string, body: IngestBody, text: string): ArticleMeta {
  return {
    id,
    title: body.title ?? null,
    published: body.published ?? null,
    publishedPrecision: body.published ? "day" : null,
    source: body.source ?? null,
    language: ARABIC_LETTER.test(text) ? "ar" : "en",
  };
}
