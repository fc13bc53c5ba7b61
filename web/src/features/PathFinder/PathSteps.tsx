/**
 * One found path: its steps in order, each with the relation and a quote naming both ends (shown like
 * the details panel's evidence: mention marked, article date and source, a link into the article), or
 * "inferred" where no sentence names both.
 */
import { useQuery } from "@tanstack/react-query";
import type { ArticleSummary, GraphPath, PathStep } from "../../../../model/api.ts";
import { articlesQuery } from "../../api/queries.ts";
import { type PhraseKey, useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";
import { EvidenceQuote } from "../NodePanel/EvidenceQuote.tsx";
import { InferredNote } from "../NodePanel/InferredNote.tsx";

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

/**
 * The relation in words, read along the path: an edge walked against its direction gets a reversed
 * arrow, so "event ← took part in ← person" still reads right.
 */
function useRelation() {
  const { t, name, lang } = useT();
  // In Arabic the step reads right to left, so "forward" points left.
  const [fwd, back] = lang === "ar" ? ["←", "→"] : ["→", "←"];
  return (step: PathStep) => {
    const { edge } = step;
    const extra =
      edge.role ?? (edge.office ? name(edge.office) : null) ?? (edge.weight ? `×${edge.weight}` : null);
    const words = t(`rel${edge.kind}` as PhraseKey) + (extra ? ` (${extra})` : "");
    return edge.source === step.from.id ? `— ${words} ${fwd}` : `${back} ${words} —`;
  };
}

export function PathSteps({ path }: { path: GraphPath }) {
  const { t } = useT();
  const relationOf = useRelation();
  const articles = useQuery(articlesQuery());
  const articleOf = (id: string): ArticleSummary | undefined => articles.data?.find((a) => a.id === id);
  return (
    <ol className="path-steps">
      {path.steps.map((step, i) => {
        // The server picked a sentence naming both ends, or found none (inferred): never another quote.
        const { quote } = step;
        // Both halves of "person – event – person" often cite one sentence: print it once.
        const repeated = quote && path.steps[i - 1]?.quote?.quote === quote.quote;
        return (
          <li key={step.edge.id} data-testid="path-step" className="path-step">
            <div className="path-step-head">
              <NodeLink node={step.from} /> <span className="path-rel">{relationOf(step)}</span>{" "}
              <NodeLink node={step.to} />
            </div>
            {step.inferred ? (
              <InferredNote reason={step.reason} what="step" />
            ) : repeated ? (
              <p className="feature-note">{t("pathSameQuote")}</p>
            ) : quote ? (
              <EvidenceQuote
                evidence={quote}
                article={articleOf(quote.articleId)}
                names={[step.from.name.ar, step.to.name.ar]}
              />
            ) : (
              <p className="feature-note">{t("f_noEvidence")}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
