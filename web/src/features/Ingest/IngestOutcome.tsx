/** After "Add to graph": which nodes are new and which were already known; each name selects it. */
import type { IngestResult, NodeRef } from "../../../../model/api.ts";
import { useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";
import { KindBadge } from "../Legend/KindBadge.tsx";

function NodeList({ nodes, testId }: { nodes: NodeRef[]; testId: string }) {
  const { name } = useT();
  return (
    <ul className="ingest-nodes" data-testid={testId}>
      {nodes.map((n) => (
        <li key={n.id} data-node-id={n.id}>
          <button
            type="button"
            className="link-button"
            dir="auto"
            onClick={() => useViewStore.getState().select(n.id)}
          >
            {name(n.name)}
          </button>{" "}
          <KindBadge kind={n.kind} withLabel />
        </li>
      ))}
    </ul>
  );
}

export function IngestOutcome({ result }: { result: IngestResult }) {
  const { t } = useT();
  return (
    <div className="ingest-outcome" data-testid="ingest-result" role="status">
      <p>
        <strong>{t("ingestDone")}</strong> {t("ingestEdges", { count: result.edgesAdded })}
      </p>
      <h3>{t("ingestAdded", { count: result.added.length })}</h3>
      <NodeList nodes={result.added} testId="ingest-added" />
      <h3>{t("ingestMerged", { count: result.merged.length })}</h3>
      <NodeList nodes={result.merged} testId="ingest-merged" />
    </div>
  );
}
