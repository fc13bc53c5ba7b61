/** Switches between the events graph and the who-met-whom projection. */
import { useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";

export function ViewToggle() {
  const { t } = useT();
  const view = useViewStore((s) => s.view);
  const people = view === "people";
  return (
    <button
      type="button"
      role="switch"
      aria-checked={people}
      aria-label={`${t("viewToggle")}: ${people ? t("viewPeople") : t("viewEvents")}`}
      className="segmented"
      data-testid="view-toggle"
      data-view={view}
      onClick={() =>
        useViewStore.getState().set({ view: people ? "events" : "people", selected: null, tie: null })
      }
    >
      <span className={people ? "" : "on"}>{t("viewEvents")}</span>
      <span className={people ? "on" : ""}>{t("viewPeople")}</span>
    </button>
  );
}
