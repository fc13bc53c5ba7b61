/** The canonical form of a posted article: what is extracted, stored and hashed into its id. */
import type { IngestBody } from "../../model/api.ts";
import type { ArticleMeta } from "../../model/extraction.ts";

/** Same rules as the corpus id hash, so offsets index exactly the text that is stored. */
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
