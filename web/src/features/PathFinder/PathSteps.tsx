/** One found path: its steps in order, each with the relation and the quote that states it. */
import type { GraphPath, PathStep } from "../../../../model/api.ts";
import { useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";

function NodeLink({ node }: { node: PathStep["from"] }) {
  const { name } = useT();
  return (
    <button
      type="button"
      className="link-button"
      dir="auto"
      onClick={() => useViewStore.getState().select(node.id)}
    >
      {name(node.name)}
    </button>
  );
}

function relationOf(step: PathStep): string {
  const { edge } = step;
  const extra = edge.role ?? edge.office?.en ?? (edge.weight ? `×${edge.weight}` : null);
  return extra ? `${edge.kind} (${extra})` : edge.kind;
}

export function PathSteps({ path }: { path: GraphPath }) {
  const { t } = useT();
  return (
    <ol className="path-steps">
      {path.steps.map((step) => {
        const quote = step.edge.evidence[0];
        return (
          <li key={step.edge.id} data-testid="path-step" className="path-step">
            <div className="path-step-head">
              <NodeLink node={step.from} /> <span className="path-rel">{relationOf(step)}</span>{" "}
              <NodeLink node={step.to} />
            </div>
            {quote ? (
              <blockquote className="path-quote" dir="rtl" lang="ar">
                {quote.quote}
              </blockquote>
            ) : (
              <p className="feature-note">{t("f_noEvidence")}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
