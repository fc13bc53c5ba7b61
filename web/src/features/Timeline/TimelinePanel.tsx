/**
 * "Who met whom and when": events in date order within the view's time range, optionally only those of
 * the selected node and of one type. Hover emphasises an event on the canvas, click selects it.
 */
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useShallow } from "zustand/react/shallow";
import type { EventSummary } from "../../../../model/api.ts";
import { sortDayOf } from "../../../../model/dateInterval.ts";
import { EVENT_TYPES, type EventType } from "../../../../model/kinds.ts";
import { nodeQuery } from "../../api/queries.ts";
import { useT } from "../../i18n/useT.ts";
import { useFactFilter } from "../../state/useFactFilter.ts";
import { useViewStore } from "../../state/viewState.ts";
import { VirtualList } from "../../ui/VirtualList.tsx";
import { EVENT_LABEL } from "./eventTypes.ts";
import { TimelineRow } from "./TimelineRow.tsx";
import { timelineQuery } from "./timelineQuery.ts";
import "./timeline.css";

/** By date, an undated event by the known end of its interval (as the server orders), unknown last. */
const byDate = (a: EventSummary, b: EventSummary) =>
  (sortDayOf(a.event) ?? "9999").localeCompare(sortDayOf(b.event) ?? "9999");

export function TimelinePanel() {
  const { t, name } = useT();
  const { selected, from, to } = useViewStore(
    useShallow((s) => ({ selected: s.selected, from: s.from, to: s.to })),
  );
  const [onlySelected, setOnlySelected] = useState(true);
  const [type, setType] = useState<EventType | "">("");
  const selectedNode = useQuery({ ...nodeQuery(selected ?? ""), enabled: selected !== null });
  const isEvent = selectedNode.data?.node.kind === "Event";
  const participant = onlySelected && selected && !isEvent ? selected : null;
  const facts = useFactFilter();
  const timeline = useQuery(timelineQuery({ ...facts, participant, types: type ? [type] : [], from, to }));
  const events = [...(timeline.data?.events ?? [])].sort(byDate);
  return (
    <section className="feature-panel timeline-panel" data-testid="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t("timeline")}</h2>
      <div className="tl-filters">
        {selected && !isEvent && (
          <label>
            <input
              type="checkbox"
              checked={onlySelected}
              onChange={(e) => setOnlySelected(e.target.checked)}
            />
            <span dir="auto">
              {t("timelineOnlySelected", {
                name: selectedNode.data ? name(selectedNode.data.node.name) : "…",
              })}
            </span>
          </label>
        )}
        <label>
          {t("timelineType")}{" "}
          <select value={type} onChange={(e) => setType(e.target.value as EventType | "")}>
            <option value="">{t("timelineAllTypes")}</option>
            {EVENT_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {t(EVENT_LABEL[ty])}
              </option>
            ))}
          </select>
        </label>
      </div>
      {timeline.isLoading && <p role="status">{t("loading")}</p>}
      {timeline.error && (
        <div role="alert" className="feature-error">
          {t("f_loadFailed", { message: timeline.error.message })}{" "}
          <button type="button" onClick={() => void timeline.refetch()}>
            {t("f_tryAgain")}
          </button>
        </div>
      )}
      {timeline.data && events.length === 0 && <p className="feature-empty">{t("timelineEmpty")}</p>}
      {events.length > 0 && (
        <>
          <p className="feature-count" aria-live="polite">
            {events.length === 1 ? t("timelineCountOne") : t("timelineCount", { count: events.length })}
          </p>
          <VirtualList
            className="tl-list"
            items={events}
            itemKey={(e) => e.event.id}
            estimatePx={52}
            renderItem={(e, item) => <TimelineRow summary={e} item={item} />}
          />
        </>
      )}
      {timeline.data?.truncated && <p className="feature-note">{t("timelineTruncated")}</p>}
    </section>
  );
}
