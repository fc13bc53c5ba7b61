/**
 * A small bar chart of events per month that doubles as a brush: drag across the bars to choose a
 * range, or click (or press Enter on) a month with events to narrow to it. Empty months are drawn so
 * width means time, but are not tab stops. Time runs in the reading direction, matching the from/to
 * inputs (right to left in Arabic).
 */
import { useState } from "react";
import { useT } from "../../i18n/useT.ts";
import { type MonthBin, monthInRange } from "./monthHistogram.ts";

interface Props {
  bins: MonthBin[];
  from: string | null;
  to: string | null;
  onPick: (first: string, last: string) => void;
}

const monthAt = (target: EventTarget) => (target as HTMLElement).dataset?.month ?? null;

/** The months between two bars, in order (dragging works in either direction). */
const span = (a: string, b: string): [string, string] => (a <= b ? [a, b] : [b, a]);

export function MonthBars({ bins, from, to, onPick }: Props) {
  const { t } = useT();
  const [drag, setDrag] = useState<{ anchor: string; current: string } | null>(null);
  const max = Math.max(1, ...bins.map((b) => b.count));
  const inBrush = (month: string) => {
    if (!drag) return monthInRange(month, from, to);
    const [first, last] = span(drag.anchor, drag.current);
    return month >= first && month <= last;
  };
  const end = () => {
    if (drag) onPick(...span(drag.anchor, drag.current));
    setDrag(null);
  };
  return (
    <fieldset
      className="month-bars"
      aria-label={t("timeHistogram")}
      onPointerDown={(e) => {
        const month = monthAt(e.target);
        if (month) setDrag({ anchor: month, current: month });
      }}
      onPointerOver={(e) => {
        const month = monthAt(e.target);
        if (drag && month && month !== drag.current) setDrag({ ...drag, current: month });
      }}
      onPointerUp={end}
      onPointerLeave={() => setDrag(null)}
    >
      {bins.map((b) => {
        const className = inBrush(b.month) ? "month-bar in-range" : "month-bar";
        if (b.count === 0)
          return (
            <span key={b.month} data-month={b.month} className={`${className} empty`} aria-hidden="true" />
          );
        const label = t("timeMonthBar", { month: b.month, count: b.count });
        return (
          <button
            key={b.month}
            type="button"
            data-month={b.month}
            className={className}
            style={{ height: `${Math.max(12, (b.count / max) * 100)}%` }}
            title={label}
            aria-label={label}
            onKeyDown={(e) => {
              if (e.key === "Enter" || e.key === " ") {
                e.preventDefault();
                onPick(b.month, b.month);
              }
            }}
          />
        );
      })}
    </fieldset>
  );
}
