/**
 * The text the reader selected in an article, as offsets into the article text: the rendered text is
 * the article's text run by run (ArticleText), so counting characters from the start of the text
 * element to each end of the selection gives the same offsets the server's spans use.
 */
import { type RefObject, useEffect, useState } from "react";

export interface QuoteSpan {
  start: number;
  end: number;
  quote: string;
}

function offsetIn(root: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(root);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** null unless the selection is non-empty and lies wholly inside `root`. */
export function selectionSpan(root: Element, selection: Selection | null): QuoteSpan | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = offsetIn(root, range.startContainer, range.startOffset);
  const end = offsetIn(root, range.endContainer, range.endOffset);
  const text = root.textContent ?? "";
  // Trim the whitespace a double-click or drag tends to take along.
  let a = Math.min(start, end);
  let b = Math.max(start, end);
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return b > a ? { start: a, end: b, quote: text.slice(a, b) } : null;
}

/** Follows the document selection; keeps the last span chosen inside the text until a new one. */
export function useQuoteSelection(container: RefObject<HTMLElement | null>): QuoteSpan | null {
  const [span, setSpan] = useState<QuoteSpan | null>(null);
  useEffect(() => {
    const onChange = () => {
      const root = container.current?.querySelector(".article-text");
      if (!root) return;
      const next = selectionSpan(root, document.getSelection());
      if (next) setSpan(next);
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [container]);
  return span;
}
