/**
 * One event in the timeline: date, type, who, where; hovering emphasises it on the canvas. An event known
 * only to lie in an interval is drawn as a span (a bar from its first to its last possible day, open ends
 * fading out), and one that may fall outside the chosen range is marked so.
 */
import type { EventSummary } from "../../../../model/api.ts";
import { eventDateText, isInterval } from "../../graph/eventDates.ts";
import { useT } from "../../i18n/useT.ts";
import { useHighlightStore } from "../../state/highlight.ts";
import { useViewStore } from "../../state/viewState.ts";
import type { ItemProps } from "../../ui/VirtualList.tsx";
import { StatusBadge } from "../Review/StatusBadge.tsx";
import { EventIcon } from "./EventIcon.tsx";
import { EVENT_LABEL } from "./eventTypes.ts";

function emphasise(summary: EventSummary) {
  const ids = [summary.event.id, ...summary.participants.map((p) => p.id)];
  if (summary.place) ids.push(summary.place.id);
  useHighlightStore.getState().setHighlight({ nodeIds: ids, edgeIds: [] });
}

/** `item`: where the row stands in a long list (ui/VirtualList.tsx). */
export function TimelineRow({ summary, item }: { summary: EventSummary; item?: ItemProps }) {
  const { t, name, lang } = useT();
  const selected = useViewStore((s) => s.selected === summary.event.id);
  const { event } = summary;
  const type = event.eventType;
  const clear = () => useHighlightStore.getState().clearHighlight();
  return (
    <li
      {...item}
      data-testid="timeline-event"
      data-event-id={event.id}
      className={selected ? "tl-row selected" : "tl-row"}
      data-status={event.review?.status ?? "extracted"}
    >
      <button
        type="button"
        className="tl-button"
        aria-current={selected || undefined}
        onClick={() => useViewStore.getState().select(event.id)}
        onMouseEnter={() => emphasise(summary)}
        onMouseLeave={clear}
        onFocus={() => emphasise(summary)}
        onBlur={clear}
      >
        <time
          className={isInterval(event) ? "tl-date tl-span" : "tl-date"}
          dateTime={event.date ?? undefined}
          data-from={event.dateFrom ? "closed" : "open"}
          data-to={event.dateTo ? "closed" : "open"}
        >
          {eventDateText(event, lang) ?? t("f_undated")}
        </time>
        <span className="tl-type" title={type ? t(EVENT_LABEL[type]) : undefined}>
          <EventIcon type={type} /> {type ? t(EVENT_LABEL[type]) : ""}
        </span>
        <span className="tl-who" dir="auto">
          {summary.participants.map((p) => name(p.name)).join(" · ")}
        </span>
        {summary.place && (
          <span className="tl-where" dir="auto">
            {t("f_at", { place: name(summary.place.name) })}
          </span>
        )}
        <StatusBadge review={event.review} />
        {event.planned && <span className="tl-badge planned">{t("f_planned")}</span>}
        {event.background && <span className="tl-badge background">{t("f_background")}</span>}
        {event.dateUncertain && (
          <span className="tl-badge uncertain" data-testid="date-uncertain">
            {t("dateUncertain")}
          </span>
        )}
      </button>
    </li>
  );
}
