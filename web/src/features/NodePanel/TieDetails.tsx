/**
 * Details of a tie picked on the canvas: the two people, how often they met in person and spoke by call
 * (counted apart), for each a sentence naming both or "inferred", and the events behind them. Read from
 * the first person's details, so it covers the whole corpus as node details do.
 */
import { useQuery } from "@tanstack/react-query";
import type { EventSummary, NodeDetails } from "../../../../model/api.ts";
import type { GraphEdge } from "../../../../model/graph.ts";
import type { NodeId } from "../../../../model/ids.ts";
import { nodeQuery } from "../../api/queries.ts";
import { eventDateText } from "../../graph/eventDates.ts";
import { dateText } from "../../i18n/bidi.ts";
import { useT } from "../../i18n/useT.ts";
import { useFactFilter } from "../../state/useFactFilter.ts";
import { tieEnds, useViewStore } from "../../state/viewState.ts";
import { StatusOverlay } from "../../ui/StatusOverlay.tsx";
import { EvidenceQuote } from "./EvidenceQuote.tsx";
import { InferredNote } from "./InferredNote.tsx";
import { NodeChip } from "./NodeChip.tsx";
import { tieCounts } from "./tieCounts.ts";

export function TieDetails({ tie }: { tie: string }) {
  const { t } = useT();
  const ends = tieEnds(tie);
  const details = useQuery({ ...nodeQuery(ends?.[0] ?? "", useFactFilter()), enabled: ends !== null });
  if (!ends) return <p className="panel-hint">{t("noSelection")}</p>;
  if (details.isPending) return <StatusOverlay inline kind="loading" message={t("loading")} />;
  if (details.error) return <StatusOverlay inline kind="error" message={details.error.message} />;
  return <TieView details={details.data} other={ends[1]} />;
}

function TieView({ details, other }: { details: NodeDetails; other: NodeId }) {
  const { t, lang, name } = useT();
  const summary = details.ties.find((x) => x.other.id === other);
  const self = { id: details.node.id, kind: details.node.kind, name: details.node.name };
  const articles = new Map(details.articles.map((a) => [a.id as string, a]));
  const edges = [summary?.met, summary?.spoke].filter((e): e is GraphEdge => Boolean(e));
  const eventIds = new Set<string>(edges.flatMap((e) => e.eventIds ?? []));
  const events = details.events.filter((e) => eventIds.has(e.event.id));
  return (
    <article className="node-details tie-details" data-testid="tie-details">
      <header className="node-header">
        <h2>
          {summary ? t("tieTitle", { a: name(self.name), b: name(summary.other.name) }) : name(self.name)}
        </h2>
        <p className="button-row">
          <NodeChip node={self} />
          {summary && <NodeChip node={summary.other} />}
        </p>
      </header>
      {!summary && <p className="muted">{t("tieNone")}</p>}
      {summary && (
        <p className="tie-counts" data-testid="tie-counts">
          {tieCounts(summary, lang)}
        </p>
      )}
      {edges.map((edge) => (
        <section key={edge.id} data-testid={`tie-${edge.kind}`}>
          <h3>
            {t(`tie_${edge.kind as "MET" | "SPOKE_WITH"}`)}
            {edge.firstDate && (
              <span className="muted">
                {" · "}
                {edge.firstDate === edge.lastDate
                  ? dateText(edge.firstDate, lang)
                  : t("tieSpan", { from: edge.firstDate, to: edge.lastDate ?? "" })}
              </span>
            )}
          </h3>
          {edge.inferred || !edge.evidence[0] ? (
            <InferredNote reason={edge.inferredReason} what="tie" />
          ) : (
            <EvidenceQuote
              evidence={edge.evidence[0]}
              article={articles.get(edge.evidence[0].articleId)}
              names={[self.name.ar, summary?.other.name.ar ?? ""]}
            />
          )}
        </section>
      ))}
      {events.length > 0 && (
        <section>
          <h3>{t("tieEvents", { count: events.length })}</h3>
          <ol className="tie-events">
            {events.map((e) => (
              <TieEvent key={e.event.id} summary={e} />
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}

function TieEvent({ summary }: { summary: EventSummary }) {
  const { t, lang, name } = useT();
  const { event } = summary;
  return (
    <li data-testid="tie-event" data-event-id={event.id}>
      <time dateTime={event.date ?? undefined}>{eventDateText(event, lang) ?? t("undated")}</time>{" "}
      <button
        type="button"
        className="link"
        dir="auto"
        onClick={() => useViewStore.getState().select(event.id)}
      >
        {name(event.name)}
      </button>
    </li>
  );
}
