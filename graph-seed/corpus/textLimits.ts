/**
 * What an article must satisfy, whichever way it comes in (the API, the seeder, a file dropped into the
 * corpus), so that nothing is stored that another way would refuse, nor evidence so large that the
 * answers quoting it cannot be sent.
 * Every fact quotes the whole sentence around its mention, so one endless "sentence" repeated in every
 * quote multiplies: 12,000 mentions in a 72,000-character text without a full stop made a node's details
 * too large to serialise, and extracting the full 200,000 characters blocked the server for a minute and a half.
 */
import { MAX_ARTICLE_CHARS } from "../../model/api.ts";
import type { GraphBatch } from "../../model/graph.ts";
import { BOUNDARY } from "../load/sentences.ts";

/** Six times the longest sentence of the seed corpus. */
export const MAX_SENTENCE_LENGTH = 2000;
/** Characters of quoted evidence one article may add: a long real report needs a few hundred thousand. */
export const MAX_EVIDENCE_CHARS = 10_000_000;

/** A surrogate half without its partner: not Unicode text, and written to UTF-8 it turns into U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function longestSentence(text: string): number {
  let longest = 0;
  let run = 0;
  for (const ch of text) {
    run = BOUNDARY.test(ch) ? 0 : run + ch.length;
    if (run > longest) longest = run;
  }
  return longest;
}

/** A letter of any script: a text of zero-width spaces and punctuation is no article. */
const LETTER = /\p{L}/u;

/** Checked before extraction, which is the expensive step. Null when the text is fine. */
export function textProblem(text: string): string | null {
  if (text.length > MAX_ARTICLE_CHARS) {
    return `text has ${text.length} characters (at most ${MAX_ARTICLE_CHARS})`;
  }
  if (!LETTER.test(text)) return "text has no letters";
  if (text.includes("\u0000")) {
    return "text contains NUL characters (the corpus reader would skip the saved file as binary)";
  }
  if (LONE_SURROGATE.test(text)) return "text is not well-formed Unicode (a lone surrogate)";
  const longest = longestSentence(text);
  if (longest > MAX_SENTENCE_LENGTH) {
    return (
      `text has a sentence of ${longest} characters without a full stop or line break ` +
      `(at most ${MAX_SENTENCE_LENGTH}); every fact in it would quote all of it`
    );
  }
  return null;
}

/** Checked on the batch, before anything is written. Null when its evidence is of a sane size. */
export function evidenceProblem(batch: GraphBatch, articleId: string): string | null {
  let chars = 0;
  for (const edge of batch.edges) {
    for (const p of edge.evidence) if (p.articleId === articleId) chars += p.quote.length;
  }
  if (chars <= MAX_EVIDENCE_CHARS) return null;
  return `the article yields ${chars} characters of quoted evidence (at most ${MAX_EVIDENCE_CHARS}); it repeats the same names too often`;
}
