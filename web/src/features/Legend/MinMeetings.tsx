/**
 * The weight threshold: in the who-met-whom view, pairs who met at least N times; in the events view,
 * entities that took part in at least N events (the server's minWeight means both).
 */
import { useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";

export function MinMeetings() {
  const { t } = useT();
  const view = useViewStore((s) => s.view);
  const minWeight = useViewStore((s) => s.minWeight);
  return (
    <label className="inline-field min-meetings">
      <span>{t(view === "people" ? "minMeetings" : "minEvents")}</span>
      <input
        type="number"
        min={1}
        max={50}
        value={minWeight}
        data-testid="min-weight"
        onChange={(e) => {
          const n = Math.round(Number(e.target.value));
          if (Number.isFinite(n) && n >= 1) useViewStore.getState().set({ minWeight: Math.min(n, 50) });
        }}
      />
    </label>
  );
}
