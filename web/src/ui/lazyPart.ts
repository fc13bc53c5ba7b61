/**
 * React.lazy for a named export, waiting also for the strings lazy parts use (the curation phrases), so
 * a panel never renders before its words have arrived.
 */
import { type ComponentType, lazy } from "react";
import { loadPanelPhrases } from "../i18n/useT.ts";

export function lazyPart<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), loadPanelPhrases()]);
    return { default: module[name] as ComponentType };
  });
}
