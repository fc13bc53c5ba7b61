/**
 * Splits an evidence quote around the mention to highlight. Offsets in Provenance index the article
 * text; when they do not fall inside the quote, the node's name (or an alias) is looked up instead.
 */
import type { Provenance } from "../../../../model/graph.ts";

export interface QuoteParts {
  before: string;
  mention: string;
  after: string;
}

export function quoteParts(p: Provenance, names: readonly string[] = []): QuoteParts {
  const { quote } = p;
  if (p.mentionStart !== undefined && p.mentionEnd !== undefined && p.mentionEnd > p.mentionStart) {
    // Absolute article offsets, as the model specifies.
    if (p.mentionStart >= p.start && p.mentionEnd <= p.end) {
      const a = p.mentionStart - p.start;
      const b = p.mentionEnd - p.start;
      return { before: quote.slice(0, a), mention: quote.slice(a, b), after: quote.slice(b) };
    }
  }
  for (const name of names) {
    const at = name ? quote.indexOf(name) : -1;
    if (at >= 0) return { before: quote.slice(0, at), mention: name, after: quote.slice(at + name.length) };
  }
  return { before: quote, mention: "", after: "" };
}

/** Where to open the article reader: the article id, and the offset to scroll to. */
export function articleTarget(p: Pick<Provenance, "articleId" | "start">): string {
  return `${p.articleId}@${p.start}`;
}

export function parseArticleTarget(target: string): { id: string; at: number | null } {
  const i = target.lastIndexOf("@");
  if (i <= 0) return { id: target, at: null };
  const at = Number(target.slice(i + 1));
  return Number.isInteger(at) && at >= 0 ? { id: target.slice(0, i), at } : { id: target, at: null };
}
