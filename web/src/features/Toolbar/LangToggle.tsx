/** English ⇄ Arabic for the UI and the node labels. */
import { useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";

export function LangToggle() {
  const { t, lang } = useT();
  return (
    <button
      type="button"
      data-testid="lang-toggle"
      aria-label={t("langToggleLabel")}
      lang={lang === "en" ? "ar" : "en"}
      onClick={() => useViewStore.getState().set({ lang: lang === "en" ? "ar" : "en" })}
    >
      {t("langToggle")}
    </button>
  );
}
