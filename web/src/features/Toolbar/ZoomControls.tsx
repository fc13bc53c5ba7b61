/** Fit, zoom, centre on the selection, and undo the last expand or hide. */

import { useCyStore } from "../../canvas/cyStore.ts";
import { centreOn } from "../../canvas/useSelectionSync.ts";
import { useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";

function zoomBy(factor: number) {
  const cy = useCyStore.getState().cy;
  if (!cy) return;
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

export function ZoomControls() {
  const { t } = useT();
  const selected = useViewStore((s) => s.selected);
  const canUndo = useViewStore((s) => s.history.length > 0);
  const cy = useCyStore((s) => s.cy);
  return (
    <fieldset className="button-group">
      <legend className="sr-only">{t("fit")}</legend>
      <button type="button" onClick={() => cy?.fit(undefined, 40)} title={t("fit")} aria-label={t("fit")}>
        ⤢
      </button>
      <button type="button" onClick={() => zoomBy(1.25)} title={t("zoomIn")} aria-label={t("zoomIn")}>
        +
      </button>
      <button type="button" onClick={() => zoomBy(0.8)} title={t("zoomOut")} aria-label={t("zoomOut")}>
        −
      </button>
      <button
        type="button"
        disabled={!selected}
        onClick={() => cy && selected && centreOn(cy, selected)}
        title={t("centre")}
        aria-label={t("centre")}
      >
        ◎
      </button>
      <button
        type="button"
        disabled={!canUndo}
        onClick={() => useViewStore.getState().undo()}
        title={t("undo")}
        aria-label={t("undo")}
        data-testid="undo-button"
      >
        ↶
      </button>
    </fieldset>
  );
}
