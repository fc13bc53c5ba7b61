/**
 * Which facts by review status, for every view and export: only those an editor confirmed (or edited),
 * and whether rejected ones are drawn too (faint, struck). Both live in the URL, so a link keeps them.
 */
import { useShallow } from "zustand/react/shallow";
import { useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";

export function ReviewFilter() {
  const { t } = useT();
  const { confirmedOnly, showRejected } = useViewStore(
    useShallow((s) => ({ confirmedOnly: s.confirmedOnly, showRejected: s.showRejected })),
  );
  const set = useViewStore.getState().set;
  return (
    <>
      <label className="inline-field" title={t("reviewRings")}>
        <input
          type="checkbox"
          checked={confirmedOnly}
          data-testid="confirmed-only"
          onChange={(e) => set({ confirmedOnly: e.target.checked })}
        />
        <span>✓ {t("confirmedOnly")}</span>
      </label>
      <label className="inline-field" title={t("reviewRings")}>
        <input
          type="checkbox"
          checked={showRejected}
          data-testid="show-rejected"
          onChange={(e) => set({ showRejected: e.target.checked })}
        />
        <span>✗ {t("showRejected")}</span>
      </label>
    </>
  );
}
