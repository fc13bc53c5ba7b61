/** The found paths: one block per path with its steps; a button puts any path on the canvas. */
import type { UseQueryResult } from "@tanstack/react-query";
import type { GraphPath, PathResult } from "../../../../model/api.ts";
import { useT } from "../../i18n/useT.ts";
import { useHighlightStore } from "../../state/highlight.ts";
import { PathSteps } from "./PathSteps.tsx";

export function emphasisePath(path: GraphPath) {
  useHighlightStore.getState().setHighlight({
    nodeIds: path.nodes.map((n) => n.id),
    edgeIds: path.steps.map((s) => s.edge.id),
  });
}

interface ResultsProps {
  result: UseQueryResult<PathResult>;
  shown: number;
  onShow: (i: number) => void;
  maxLength: number;
}

export function PathResults({ result, shown, onShow, maxLength }: ResultsProps) {
  const { t } = useT();
  if (result.isLoading) return <p role="status">{t("loading")}</p>;
  if (result.error)
    return (
      <p role="alert" className="feature-error">
        {t("f_loadFailed", { message: result.error.message })}
      </p>
    );
  if (!result.data) return null;
  if (result.data.paths.length === 0)
    return <p className="feature-empty">{t("pathNone", { n: maxLength })}</p>;
  return (
    <ol className="path-results" data-testid="path-result" aria-live="polite">
      {result.data.paths.map((path, i) => (
        <li key={path.steps.map((s) => s.edge.id).join("|")} className={i === shown ? "path shown" : "path"}>
          <h3>
            {t("pathTitle", { i: i + 1, n: path.steps.length })}{" "}
            <button
              type="button"
              aria-pressed={i === shown}
              onClick={() => {
                onShow(i);
                emphasisePath(path);
              }}
            >
              {t("pathShow")}
            </button>
          </h3>
          <PathSteps path={path} />
        </li>
      ))}
    </ol>
  );
}
