/** Picks the layout: force, concentric by degree, circle or grid. */
import { useT } from "../../i18n/useT.ts";
import { LAYOUTS, type LayoutName, useViewStore } from "../../state/viewState.ts";

export function LayoutSelect() {
  const { t } = useT();
  const layout = useViewStore((s) => s.layout);
  return (
    <label className="inline-field">
      <span className="field-label">{t("layout")}</span>
      <select
        data-testid="layout-select"
        value={layout}
        onChange={(e) => useViewStore.getState().set({ layout: e.target.value as LayoutName })}
      >
        {LAYOUTS.map((name) => (
          <option key={name} value={name}>
            {t(`layout_${name}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
