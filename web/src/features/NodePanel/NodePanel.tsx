/**
 * Details of the selected node: names, offices, whom a person met or spoke with, the events it took part
 * in (dated, with quotes) and every sentence that mentions it; or, for a tie picked on the canvas, the
 * tie's details. Each quote links to the article reader.
 */
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { NodeDetails } from "../../../../model/api.ts";
import { ApiError } from "../../api/client.ts";
import { nodeQuery } from "../../api/queries.ts";
import { useT } from "../../i18n/useT.ts";
import { useFactFilter } from "../../state/useFactFilter.ts";
import { useViewStore } from "../../state/viewState.ts";
import { StatusOverlay } from "../../ui/StatusOverlay.tsx";
import { VirtualList } from "../../ui/VirtualList.tsx";
import { EntityCuration } from "../Curation/EntityCuration.tsx";
import { EventCuration } from "../Curation/EventCuration.tsx";
import { HistorySection } from "../History/HistorySection.tsx";
import { EventItem } from "./EventItem.tsx";
import { MentionsSection } from "./MentionsSection.tsx";
import { NodeHeader } from "./NodeHeader.tsx";
import { OfficeList } from "./OfficeList.tsx";
import { TieDetails } from "./TieDetails.tsx";
import { TieList } from "./TieList.tsx";

export function NodePanel() {
  const { t } = useT();
  const selected = useViewStore((s) => s.selected);
  const tie = useViewStore((s) => s.tie);
  const facts = useFactFilter();
  const query = useQuery({ ...nodeQuery(selected ?? "", facts), enabled: selected !== null });
  if (!selected && tie) return <TieDetails tie={tie} />;
  if (!selected) return <p className="panel-hint">{t("noSelection")}</p>;
  if (query.isPending) return <StatusOverlay inline kind="loading" message={t("loading")} />;
  if (query.error) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <StatusOverlay
        inline
        kind="error"
        message={missing ? t("nodeNotFound") : query.error.message}
        onRetry={missing ? undefined : () => void query.refetch()}
      />
    );
  }
  return <NodeDetailsView details={query.data} />;
}

export function NodeDetailsView({ details }: { details: NodeDetails }) {
  const { t } = useT();
  const { node } = details;
  const articles = useMemo(() => new Map(details.articles.map((a) => [a.id as string, a])), [details]);
  const names = useMemo(
    () => [node.name.ar, ...(node.aliases ?? []), node.name.en ?? ""].filter(Boolean),
    [node],
  );
  return (
    <article className="node-details" data-testid="node-details" data-node-id={node.id}>
      <NodeHeader node={node} degree={details.degree} />
      <EventCuration details={details} />
      <EntityCuration details={details} />
      <OfficeList offices={details.offices} />
      <TieList ties={details.ties} selfId={node.id} />
      <section>
        <h3>{t("eventsOf", { count: details.events.length })}</h3>
        {details.events.length === 0 && <p className="muted">{t("noEvents")}</p>}
        <VirtualList
          className="events"
          items={details.events}
          itemKey={(e) => e.event.id}
          estimatePx={140}
          gapPx={10}
          renderItem={(e, item) => (
            <EventItem summary={e} selfId={node.id} articles={articles} names={names} item={item} />
          )}
        />
      </section>
      <MentionsSection details={details} articles={articles} names={names} />
      {node.kind !== "Article" && <HistorySection id={node.id} />}
    </article>
  );
}
