/** A person's ties in the details panel: each person met or spoken with, and how often, apart. */
import type { TieSummary } from "../../../../model/api.ts";
import type { NodeId } from "../../../../model/ids.ts";
import { useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";
import { NodeChip } from "./NodeChip.tsx";
import { tieCounts } from "./tieCounts.ts";

export function TieList({ ties, selfId }: { ties: TieSummary[]; selfId: NodeId }) {
  const { t, lang } = useT();
  if (ties.length === 0) return null;
  return (
    <section>
      <h3>{t("tiesOf", { count: ties.length })}</h3>
      <ul className="ties">
        {ties.map((tie) => (
          <li key={tie.other.id} data-testid="tie-row" data-other-id={tie.other.id}>
            <NodeChip node={tie.other} />{" "}
            <span className="tie-counts" data-testid="tie-counts">
              {tieCounts(tie, lang)}
            </span>{" "}
            <button
              type="button"
              className="link"
              data-testid="tie-open"
              onClick={() => useViewStore.getState().selectTie(selfId, tie.other.id)}
            >
              {t("tieOpen")}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
