/** <html lang dir> follow the chosen language: Arabic turns the whole layout right to left. */
import { useEffect } from "react";
import { translate } from "../i18n/useT.ts";
import { useViewStore } from "../state/viewState.ts";

export function useDocumentLang() {
  const lang = useViewStore((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
    document.title = translate(lang, "appTitle");
  }, [lang]);
}
