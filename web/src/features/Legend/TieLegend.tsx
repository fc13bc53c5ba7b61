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
          {TIE_KINDS.map((kind) => {
            const on = ties.includes(kind);
            return (
              <button
                key={kind}
                type="button"
                aria-pressed={on}
                className={on ? "legend-item" : "legend-item off"}
                data-testid={`legend-tie-${kind}`}
                onClick={() => useViewStore.getState().toggleTie(kind)}
              >
                <span
                  className="tie-swatch"
                  aria-hidden="true"
                  style={{ borderTopColor: EDGE_COLOR[kind], borderTopStyle: DASH[kind] as "solid" }}
                />
                {t(`tie_${kind}`)}
              </button>
            );
          })}
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
