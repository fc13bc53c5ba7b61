/** A small bar chart of events per month; each bar is a button that narrows the range to its month. */
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
    <fieldset className="month-bars" aria-label={t("timeHistogram")} dir="ltr">
      {bins.map((b) => {
        const label = t("timeMonthBar", { month: b.month, count: b.count });
        return (
          <button
            key={b.month}
            type="button"
            className={monthInRange(b.month, from, to) ? "month-bar in-range" : "month-bar"}
            style={{ height: `${Math.max(8, (b.count / max) * 100)}%` }}
            title={label}
            aria-label={label}
            onClick={() => onPick(b.month)}
          />
        );
      })}
    </fieldset>
  );
}
