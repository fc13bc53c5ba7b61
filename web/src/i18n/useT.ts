/** Looks up UI strings in the language of the current view. */
import type { Name } from "../../../model/graph.ts";
import type { Language } from "../../../model/kinds.ts";
import { useViewStore } from "../state/viewState.ts";
import { account } from "./account.ts";
import { core } from "./core.ts";
import { curation } from "./curation.ts";
import { features } from "./features.ts";
import { scale } from "./scale.ts";
import { ties } from "./ties.ts";

export const dictionary = { ...core, ...features, ...ties, ...curation, ...account, ...scale };
export type PhraseKey = keyof typeof dictionary;

export function translate(lang: Language, key: PhraseKey, vars?: Record<string, string | number>): string {
  let text: string = dictionary[key][lang];
  for (const [k, v] of Object.entries(vars ?? {})) text = text.replaceAll(`{${k}}`, String(v));
  return text;
}

/** A node's name in the chosen language, falling back to the other script. */
export function displayName(name: Name, lang: Language): string {
  return lang === "en" ? (name.en ?? name.ar) : name.ar || (name.en ?? "");
}

export function useT() {
  const lang = useViewStore((s) => s.lang);
  return {
    lang,
    t: (key: PhraseKey, vars?: Record<string, string | number>) => translate(lang, key, vars),
    name: (name: Name) => displayName(name, lang),
  };
}
