/**
 * Sentence bounds for provenance: a fact's evidence is the sentence around its mention, so the UI can
 * show the reader the exact words the graph was built from.
 */

/** Ends a sentence: Latin and Arabic full stops, question marks, exclamation, or a line break. */
export const BOUNDARY = /[.!?؟۔\n]/;

/** The sentence [start, end) that contains the span [from, to), trimmed of surrounding white space. */
export function sentenceAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = Math.max(0, Math.min(from, text.length));
  while (start > 0 && !BOUNDARY.test(text[start - 1]!)) start--;
  let end = Math.max(start, Math.min(to, text.length));
  while (end < text.length && !BOUNDARY.test(text[end]!)) end++;
  if (end < text.length && text[end] !== "\n") end++;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
