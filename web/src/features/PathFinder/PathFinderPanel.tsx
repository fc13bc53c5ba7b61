/**
 * Shortest connections between two entities: pick both, choose how many paths and how long, and see
 * each path step by step with its evidence. The chosen path is emphasised on the canvas.
 */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { useT } from "../../i18n/useT.ts";
import { useHighlightStore } from "../../state/highlight.ts";
import { useFactFilter } from "../../state/useFactFilter.ts";
import { useViewStore } from "../../state/viewState.ts";
import { EntityPicker } from "./EntityPicker.tsx";
import { emphasisePath, PathResults } from "./PathResults.tsx";
import { type PathRequest, pathQuery } from "./pathQuery.ts";
import "./pathFinder.css";

function usePathStore() {
  return useViewStore(useShallow((s) => ({ from: s.pathFrom, to: s.pathTo, view: s.view, set: s.set })));
}

export function PathFinderPanel() {
  const { t } = useT();
  const { from, to, view, set } = usePathStore();
  const [k, setK] = useState(3);
  const [maxLength, setMaxLength] = useState(6);
  // A link that carries both ends shows the result straight away.
  const [request, setRequest] = useState<PathRequest | null>(
    from && to ? { from, to, k, maxLength, view } : null,
  );
  const result = useQuery({
    ...pathQuery(request ?? { from: "", to: "", k, maxLength, view }, useFactFilter()),
    enabled: !!request,
  });
  const [shown, setShown] = useState(0);
  useEffect(() => {
    const first = result.data?.paths[0];
    setShown(0);
    if (first) emphasisePath(first);
    return () => useHighlightStore.getState().clearHighlight();
  }, [result.data]);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (from && to) setRequest({ from, to, k, maxLength, view });
  };
  return (
    <section className="feature-panel path-panel" aria-labelledby="path-title">
      <h2 id="path-title">{t("pathFinder")}</h2>
      <form className="path-form" onSubmit={submit}>
        <EntityPicker
          label={t("pathFrom")}
          testId="path-from"
          value={from}
          onPick={(n) => set({ pathFrom: n?.id ?? null })}
        />
        <EntityPicker
          label={t("pathTo")}
          testId="path-to"
          value={to}
          onPick={(n) => set({ pathTo: n?.id ?? null })}
        />
        <div className="path-options">
          <label>
            {t("pathK")}
            <input
              type="number"
              min={1}
              max={10}
              value={k}
              onChange={(e) => setK(Number(e.target.value) || 1)}
            />
          </label>
          <label>
            {t("pathMaxLength")}
            <input
              type="number"
              min={1}
              max={8}
              value={maxLength}
              onChange={(e) => setMaxLength(Number(e.target.value) || 1)}
            />
          </label>
          <button type="submit" data-testid="path-submit" disabled={!from || !to}>
            {t("pathSubmit")}
          </button>
        </div>
        {(!from || !to) && <p className="feature-note">{t("pathNeedBoth")}</p>}
      </form>
      <PathResults
        result={result}
        shown={shown}
        onShow={setShown}
        maxLength={request?.maxLength ?? maxLength}
      />
    </section>
  );
}
