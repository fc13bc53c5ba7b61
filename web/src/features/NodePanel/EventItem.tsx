/** One event in the details list: date, type, who took part, where, about what, and its quotes. */
import type { ArticleSummary, EventSummary } from "../../../../model/api.ts";
import { eventDateText } from "../../graph/eventDates.ts";
import { useT } from "../../i18n/useT.ts";
import type { ItemProps } from "../../ui/VirtualList.tsx";
import { StatusBadge } from "../Review/StatusBadge.tsx";
import { EventScores } from "./EventScores.tsx";
import { EvidenceQuote } from "./EvidenceQuote.tsx";
import { NodeChip } from "./NodeChip.tsx";

interface Props {
  summary: EventSummary;
  selfId: string;
  articles: ReadonlyMap<string, ArticleSummary>;
  names: readonly string[];
  /** Where the event stands in a long list (ui/VirtualList.tsx). */
  item?: ItemProps;
}

export function EventItem({ summary, selfId, articles, names, item }: Props) {
  const { t, name, lang } = useT();
  const { event } = summary;
  const others = summary.participants.filter((p) => p.id !== selfId);
  return (
    <li {...item} className="event" data-testid="node-event" data-event-id={event.id}>
      <div className="event-head">
        <time dateTime={event.date ?? undefined}>{eventDateText(event, lang) ?? t("undated")}</time>
        <strong dir="auto">{name(event.name)}</strong>
        <StatusBadge review={event.review} />
        {event.planned && <span className="tag">{t("planned")}</span>}
        {event.background && <span className="tag">{t("background")}</span>}
      </div>
      {others.length > 0 && (
        <p className="event-line">
          {t("with")}{" "}
          {others.map((p) => (
            <span key={p.id} className="participant">
              <NodeChip node={p} />
              <StatusBadge review={summary.participantReview?.[p.id]} />
            </span>
          ))}
        </p>
      )}
      {summary.place && (
        <p className="event-line">
          {t("in")} <NodeChip node={summary.place} />
        </p>
      )}
      {summary.topics.length > 0 && (
        <p className="event-line">
          {t("about")}{" "}
          {summary.topics.map((p) => (
            <NodeChip key={p.id} node={p} />
          ))}
        </p>
      )}
      {/* An event's own panel shows its scores in the header already. */}
      {event.id !== selfId && (
        <EventScores event={event} participation={summary.participantConfidence[selfId]} />
      )}
      {summary.evidence.map((ev) => (
        <EvidenceQuote
          key={`${ev.articleId}:${ev.start}`}
          evidence={ev}
          article={articles.get(ev.articleId)}
          names={names}
        />
      ))}
    </li>
  );
}
