/** Web component tests render lazy panels' parts directly: give them the strings the app loads with them. */
import { loadPanelPhrases } from "../i18n/useT.ts";

await loadPanelPhrases();
