/** One event in the queue: a tick box for bulk confirm, then type, date, who, where and how sure. */
import { useEffect, useRef } from "react";
import type { ReviewQueueItem } from "../../../../model/curation.ts";
import { eventDateText } from "../../graph/eventDates.ts";
import { useT } from "../../i18n/useT.ts";
import { EVENT_LABEL } from "../Timeline/eventTypes.ts";

interface Props {
  item: ReviewQueueItem;
  index: number;
  active: boolean;
  ticked: boolean;
  onTick: () => void;
  onFocusRow: () => void;
}

export function QueueRow({ item, index, active, ticked, onTick, onFocusRow }: Props) {
  const { t, name, lang } = useT();
  const { event } = item;
  const confidence = event.confidence;
  const row = useRef<HTMLDivElement>(null);
  // Keep the row in focus visible as j/k walk past the list's edge.
  useEffect(() => {
    if (active) row.current?.scrollIntoView?.({ block: "nearest" });
  }, [active]);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the list handles the keys (j/k, arrows) for every row
    <div
      ref={row}
      id={`queue-row-${index}`}
      role="option"
      aria-selected={active}
      tabIndex={-1}
      className={active ? "queue-row active" : "queue-row"}
      data-testid="queue-row"
      data-event-id={event.id}
      onClick={onFocusRow}
    >
      <input
        type="checkbox"
        checked={ticked}
        aria-label={t("selectRow")}
        data-testid="queue-tick"
        tabIndex={-1}
        onChange={onTick}
        onClick={(e) => e.stopPropagation()}
      />
      <span className="queue-type">
        {event.eventType ? t(EVENT_LABEL[event.eventType]) : name(event.name)}
      </span>
      <time dateTime={event.date ?? undefined}>{eventDateText(event, lang) ?? t("undated")}</time>
      <span className="queue-who" dir="auto">
        {item.participants.map((p) => name(p.name)).join(" · ")}
      </span>
      {item.place && (
        <span dir="auto" className="muted">
          {t("f_at", { place: name(item.place.name) })}
        </span>
      )}
      {confidence != null && (
        <span className="muted queue-conf">{t("confidence", { n: confidence.toFixed(2) })}</span>
      )}
    </div>
  );
}
