/**
 * The date range that filters the network: two date inputs (from, to) over a histogram of events per
 * month. Writes from/to into the view store; the graph query follows.
 */
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { useT } from "../../i18n/useT.ts";
import { useFactFilter } from "../../state/useFactFilter.ts";
import { useViewStore } from "../../state/viewState.ts";
import { ALL_EVENTS, timelineQuery } from "../Timeline/timelineQuery.ts";
import { MonthBars } from "./MonthBars.tsx";
import { lastDayOf, monthHistogram, toInputDay } from "./monthHistogram.ts";
import "./timeRange.css";

export function TimeRangeSlider() {
  const { t, lang } = useT();
  const { from, to, set } = useViewStore(useShallow((s) => ({ from: s.from, to: s.to, set: s.set })));
  // The histogram counts the same facts the canvas draws (confirmed only, rejected or not).
  const all = useQuery(timelineQuery({ ...ALL_EVENTS, ...useFactFilter() }));
  const bins = useMemo(() => monthHistogram(all.data?.events ?? []), [all.data]);
  const first = bins[0]?.month;
  const last = bins.at(-1)?.month;
  return (
    <fieldset className="time-range" data-testid="time-range">
      <legend>{t("timeRange")}</legend>
      <div className="time-range-inputs">
        <label>
          {t("timeFrom")}
          <input
            type="date"
            // The picker's day/month order follows the interface language where the browser honours it.
            lang={lang}
            data-testid="time-from"
            value={toInputDay(from, "from")}
            min={first ? `${first}-01` : undefined}
            max={toInputDay(to, "to") || undefined}
            onChange={(e) => set({ from: e.target.value || null })}
          />
        </label>
        <label>
          {t("timeTo")}
          <input
            type="date"
            lang={lang}
            data-testid="time-to"
            value={toInputDay(to, "to")}
            min={toInputDay(from, "from") || undefined}
            max={last ? lastDayOf(last) : undefined}
            onChange={(e) => set({ to: e.target.value || null })}
          />
        </label>
        <button type="button" disabled={!from && !to} onClick={() => set({ from: null, to: null })}>
          {t("timeClear")}
        </button>
      </div>
      {bins.length > 0 && (
        <MonthBars
          bins={bins}
          from={from}
          to={to}
          onPick={(first, last) => set({ from: `${first}-01`, to: lastDayOf(last) })}
        />
      )}
    </fieldset>
  );
}
