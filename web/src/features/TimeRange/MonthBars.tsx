/**
 * A small bar chart of events per month. Months with events are buttons that narrow the range to that
 * month; empty months are drawn (so width means time) but are not tab stops. Time runs in the reading
 * direction, matching the from/to inputs (right to left in Arabic).
 */
import { useT } from "../../i18n/useT.ts";
import { type MonthBin, monthInRange } from "./monthHistogram.ts";

interface Props {
  bins: MonthBin[];
  from: string | null;
  to: string | null;
  onPick: (month: string) => void;
}

export function MonthBars({ bins, from, to, onPick }: Props) {
  const { t } = useT();
  const max = Math.max(1, ...bins.map((b) => b.count));
  return (
    <fieldset className="month-bars" aria-label={t("timeHistogram")}>
      {bins.map((b) => {
        const className = monthInRange(b.month, from, to) ? "month-bar in-range" : "month-bar";
        if (b.count === 0) return <span key={b.month} className={`${className} empty`} aria-hidden="true" />;
        const label = t("timeMonthBar", { month: b.month, count: b.count });
        return (
          <button
            key={b.month}
            type="button"
            className={className}
            style={{ height: `${Math.max(12, (b.count / max) * 100)}%` }}
            title={label}
            aria-label={label}
            onClick={() => onPick(b.month)}
          />
        );
      })}
    </fieldset>
  );
}
