/**
 * A list (`<ol>`) that, when long, draws only the items in view (ui/windowedRows.ts). Every item says
 * where it stands in the whole (aria-posinset of aria-setsize), since a screen reader sees only those
 * drawn; Up, Down, Home and End move focus from item to item, scrolling to items not drawn yet, so
 * the keyboard reaches all of them. Short lists render whole.
 */
import { type CSSProperties, Fragment, type ReactNode, useLayoutEffect, useRef } from "react";
import { useWindowedRows, VIRTUAL_FROM } from "./windowedRows.ts";

/** Spread onto the item's `<li>`. */
export interface ItemProps {
  "data-index": number;
  "aria-posinset": number;
  "aria-setsize": number;
  ref?: (el: HTMLElement | null) => void;
  style?: CSSProperties;
}

interface Props<T> {
  items: readonly T[];
  itemKey: (item: T) => string;
  renderItem: (item: T, props: ItemProps) => ReactNode;
  /** A typical item's height, before it is measured. */
  estimatePx: number;
  /** Space between items (drawn items are placed one by one, so the list's own gap does not apply). */
  gapPx?: number;
  className?: string;
  testId?: string;
}

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, n) => n - 1,
};

const indexOf = (el: EventTarget | null) =>
  Number((el as Element | null)?.closest?.("[data-index]")?.getAttribute("data-index") ?? -1);

/** The item's first control, or the item itself. */
function focusItem(list: HTMLElement | null, index: number): boolean {
  const item = list?.querySelector<HTMLElement>(`[data-index="${index}"]`);
  if (!item) return false;
  const control = item.querySelector<HTMLElement>("button, a[href], input, select, [tabindex='0']");
  if (!control) item.tabIndex = -1;
  (control ?? item).focus();
  return true;
}

export function VirtualList<T>(props: Props<T>) {
  return props.items.length > VIRTUAL_FROM ? <Windowed {...props} /> : <Whole {...props} />;
}

function onArrows(list: () => HTMLElement | null, count: number, go: (index: number) => void) {
  return (e: React.KeyboardEvent) => {
    const move = MOVES[e.key];
    const from = indexOf(e.target);
    if (!move || from < 0 || (e.target as Element).closest("input, select, textarea")) return;
    e.preventDefault();
    const to = move(from, count);
    if (!focusItem(list(), to)) go(to);
  };
}

function Whole<T>({ items, itemKey, renderItem, className, testId }: Props<T>) {
  const list = useRef<HTMLOListElement>(null);
  const n = items.length;
  return (
    <ol
      ref={list}
      className={className}
      data-testid={testId}
      onKeyDown={onArrows(
        () => list.current,
        n,
        () => undefined,
      )}
    >
      {items.map((item, i) => (
        <Fragment key={itemKey(item)}>
          {renderItem(item, { "data-index": i, "aria-posinset": i + 1, "aria-setsize": n })}
        </Fragment>
      ))}
    </ol>
  );
}

function Windowed<T>({ items, itemKey, renderItem, estimatePx, gapPx, className, testId }: Props<T>) {
  const n = items.length;
  const scroller = useRef<HTMLDivElement>(null);
  const { virtual, items: drawn, keep } = useWindowedRows(n, estimatePx, scroller, gapPx);
  const list = useRef<HTMLOListElement>(null);
  // An item asked for by the keyboard before it was drawn: focused as soon as it is.
  const pending = useRef(-1);
  useLayoutEffect(() => {
    if (pending.current >= 0 && focusItem(list.current, pending.current)) pending.current = -1;
  });
  const go = (index: number) => {
    keep.current = index;
    pending.current = index;
    virtual.scrollToIndex(index, { align: "auto" });
  };
  return (
    <div ref={scroller} className="virtual-scroll" style={{ maxHeight: "70vh", overflow: "auto" }}>
      <ol
        ref={list}
        className={className}
        data-testid={testId}
        style={{ position: "relative", height: virtual.getTotalSize() }}
        onKeyDown={onArrows(() => list.current, n, go)}
        onFocus={(e) => {
          const i = indexOf(e.target);
          if (i >= 0) keep.current = i;
        }}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget)) keep.current = -1;
        }}
      >
        {drawn.map((row) => (
          <Fragment key={itemKey(items[row.index]!)}>
            {renderItem(items[row.index]!, {
              "data-index": row.index,
              "aria-posinset": row.index + 1,
              "aria-setsize": n,
              ref: virtual.measureElement,
              style: {
                position: "absolute",
                insetInlineStart: 0,
                insetBlockStart: 0,
                inlineSize: "100%",
                transform: `translateY(${row.start}px)`,
              },
            })}
          </Fragment>
        ))}
      </ol>
    </div>
  );
}
