/** What an article yields: the text with entity mentions marked, and the entities and events found. */
import type { ExtractedEntity, Extraction } from "../../../../model/extraction.ts";
import { useT } from "../../i18n/useT.ts";
import { KindBadge } from "../Legend/KindBadge.tsx";
import { EventIcon } from "../Timeline/EventIcon.tsx";
import { EVENT_LABEL } from "../Timeline/eventTypes.ts";
import { spanSegments } from "./spanSegments.ts";

function MarkedText({ text, entities }: { text: string; entities: ExtractedEntity[] }) {
  const marks = entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, data: e })));
  return (
    <p className="ingest-marked" dir="rtl" lang="ar" data-testid="ingest-marked">
      {spanSegments(text, marks).map((seg) =>
        seg.mark ? (
          <mark
            key={seg.start}
            className={`kind-${seg.mark.data.type}`}
            title={`${seg.mark.data.type}: ${seg.mark.data.id}`}
          >
            {seg.text}
          </mark>
        ) : (
          <span key={seg.start}>{seg.text}</span>
        ),
      )}
    </p>
  );
}

export function ExtractionPreview({ extraction, text }: { extraction: Extraction; text: string }) {
  const { t, name } = useT();
  const entityName = new Map(extraction.entities.map((e) => [e.id, name(e.name)]));
  if (extraction.entities.length === 0 && extraction.events.length === 0)
    return <p className="feature-empty">{t("ingestNothing")}</p>;
  return (
    <div className="ingest-preview-body">
      <MarkedText text={text} entities={extraction.entities} />
      <h3>{t("ingestEntities", { count: extraction.entities.length })}</h3>
      <ul className="ingest-entities">
        {extraction.entities.map((e) => (
          <li key={e.id} data-testid="ingest-entity">
            <KindBadge kind={e.type} /> <span dir="auto">{name(e.name)}</span>{" "}
            <small>{t("f_mentionsCount", { count: e.mentions.length })}</small>
          </li>
        ))}
      </ul>
      <h3>{t("ingestEvents", { count: extraction.events.length })}</h3>
      <ul className="ingest-events">
        {extraction.events.map((ev) => (
          <li key={ev.id} data-testid="ingest-event">
            <EventIcon type={ev.type} /> {t(EVENT_LABEL[ev.type])} <time>{ev.date ?? t("f_undated")}</time>{" "}
            <span dir="auto">{ev.participants.map((p) => entityName.get(p) ?? p).join(" · ")}</span>
            {ev.planned && <span className="tl-badge planned">{t("f_planned")}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
