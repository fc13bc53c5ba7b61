/**
 * Drawing only the rows of a long list or table that are in view (@tanstack/react-virtual): the
 * Table's rows, the timeline and a node's events. Rows may differ in height; each drawn one is measured.
 */
import {
  defaultRangeExtractor,
  measureElement,
  type Range,
  useVirtualizer,
  type Virtualizer,
} from "@tanstack/react-virtual";
import { useCallback, useRef } from "react";

/** From this many rows only those in view are rendered; shorter lists render whole, as they always did. */
export const VIRTUAL_FROM = 200;

/** A row not laid out (a hidden panel, or tests without layout) measures 0: keep its estimate instead. */
const measured =
  (estimatePx: number) =>
  (el: Element, entry: ResizeObserverEntry | undefined, v: Virtualizer<HTMLDivElement, Element>) =>
    measureElement(el, entry, v) || estimatePx;

/**
 * `keep` is the index of a row to draw even when scrolled away (the one holding focus), so the keyboard
 * never loses its place; while it is unset the drawn rows are contiguous.
 */
export function useWindowedRows(
  count: number,
  estimatePx: number,
  scroller: React.RefObject<HTMLDivElement | null>,
  gapPx = 0,
) {
  const keep = useRef(-1);
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const k = keep.current;
    if (k < 0 || k >= range.count || indexes.includes(k)) return indexes;
    return [...indexes, k].sort((a, b) => a - b);
  }, []);
  const virtual = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimatePx,
    measureElement: measured(estimatePx),
    overscan: 10,
    gap: gapPx,
    rangeExtractor,
    // Before the box is measured (and in tests without layout) a screenful is drawn.
    initialRect: { width: 800, height: 600 },
  });
  return { virtual, items: virtual.getVirtualItems(), keep };
}
