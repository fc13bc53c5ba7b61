/**
 * The tie kinds of the who-met-whom view, drawn as on the canvas (solid: met in person; dashed: only
 * spoke, by call, video or letter), each a toggle kept in the URL like the kind filter. With a time range
 * set, a note says what the faint, dotted elements are.
 */
import { useShallow } from "zustand/react/shallow";
import { TIE_KINDS, type TieKind } from "../../../../model/kinds.ts";
import { EDGE_COLOR } from "../../graph/kindStyle.ts";
import { useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";
import { LegendToggle } from "./LegendToggle.tsx";

const DASH: Record<TieKind, string> = { MET: "solid", SPOKE_WITH: "dashed" };

export function TieLegend() {
  const { t } = useT();
  const { view, ties, ranged } = useViewStore(
    useShallow((s) => ({ view: s.view, ties: s.ties, ranged: Boolean(s.from || s.to) })),
  );
  return (
    <>
      {view === "people" && (
        <fieldset className="tie-legend">
          <legend className="sr-only">{t("tiesLegend")}</legend>
          {TIE_KINDS.map((kind) => (
            <LegendToggle
              key={kind}
              on={ties.includes(kind)}
              testId={`legend-tie-${kind}`}
              onToggle={() => useViewStore.getState().toggleTie(kind)}
            >
              <span
                className="tie-swatch"
                aria-hidden="true"
                style={{ borderTopColor: EDGE_COLOR[kind], borderTopStyle: DASH[kind] as "solid" }}
              />
              {t(`tie_${kind}`)}
            </LegendToggle>
          ))}
        </fieldset>
      )}
      {ranged && (
        <span className="uncertain-legend" data-testid="legend-uncertain">
          <span className="tie-swatch uncertain" aria-hidden="true" />
          {t("uncertainLegend")}
        </span>
      )}
    </>
  );
}
