/** Entities only mentioned, or cut off by a filter, float alone; they are left out unless asked for. */
import { useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";

export function ShowIsolated() {
  const { t } = useT();
  const on = useViewStore((s) => s.showIsolated);
  return (
    <label className="inline-field show-isolated">
      <input
        type="checkbox"
        checked={on}
        data-testid="show-isolated"
        onChange={(e) => useViewStore.getState().set({ showIsolated: e.target.checked })}
      />
      <span>{t("showIsolated")}</span>
    </label>
  );
}
