/**
 * An article's first line, cut short: what lists show for an article without a title. Derived from the
 * text, so the embedded snapshot does not store it twice (memory/snapshot.ts drops and rebuilds it).
 */

/** Longer than this, the line is cut with "…". */
const LEDE_CHARS = 90;

export function ledeOf(text: string): string | null {
  const first = text.trim().split(/\n/)[0]?.trim() ?? "";
  if (!first) return null;
  return first.length > LEDE_CHARS ? `${first.slice(0, LEDE_CHARS).trimEnd()}…` : first;
}
