/**
 * Looks up UI strings in the language of the current view. The curation and questions strings (a third
 * of the text) are fetched with the panels that show them: lazy parts wait for loadPanelPhrases() before
 * they render, so a lookup never finds a phrase missing.
 */
import type { Name } from "../../../model/graph.ts";
import type { Language } from "../../../model/kinds.ts";
import { useViewStore } from "../state/viewState.ts";
import { account } from "./account.ts";
import { dateText, isIsoDate } from "./bidi.ts";
import { core } from "./core.ts";
import { type CountNoun, countText } from "./counts.ts";
import type { curation } from "./curation.ts";
import { features } from "./features.ts";
import type { questions } from "./questions.ts";
import { scale } from "./scale.ts";
import { ties } from "./ties.ts";
import type { Dictionary } from "./types.ts";

const firstScreen = { ...core, ...features, ...ties, ...account, ...scale };
export type PhraseKey = keyof typeof firstScreen | keyof typeof curation | keyof typeof questions;

const phrases: Dictionary = { ...firstScreen };
let panelPhrasesLoading: Promise<void> | null = null;

export function loadPanelPhrases(): Promise<void> {
  panelPhrasesLoading ??= Promise.all([import("./curation.ts"), import("./questions.ts")]).then(([c, q]) => {
    Object.assign(phrases, c.curation, q.questions);
  });
  return panelPhrasesLoading;
}

/** A variable as the phrase shows it: a count with its noun in the right plural, a date kept in order. */
function written(lang: Language, value: string | number, noun: CountNoun | undefined) {
  if (noun && typeof value === "number") return countText(lang, noun, value);
  return isIsoDate(value) ? dateText(value, lang) : String(value);
}

export function translate(lang: Language, key: PhraseKey, vars?: Record<string, string | number>): string {
  const phrase = phrases[key];
  // A phrase whose dictionary has not arrived shows its key rather than breaking the page.
  let text: string = phrase?.[lang] ?? key;
  for (const [k, v] of Object.entries(vars ?? {}))
    text = text.replaceAll(`{${k}}`, written(lang, v, phrase?.counts?.[k]));
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
