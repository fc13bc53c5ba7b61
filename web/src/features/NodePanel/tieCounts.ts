/**
 * "met 2 times · spoke once": a pair's occasions, in person and by call, counted apart. Occasions, not
 * events: a meeting, its press conference and the agreement signed there count once (the API's weight).
 */
import type { GraphEdge } from "../../../../model/graph.ts";
import type { Language } from "../../../../model/kinds.ts";
import { translate } from "../../i18n/useT.ts";

export interface TieEdges {
  met: GraphEdge | null | undefined;
  spoke: GraphEdge | null | undefined;
}

export function tieCounts({ met, spoke }: TieEdges, lang: Language): string {
  const m = met?.weight ?? 0;
  const s = spoke?.weight ?? 0;
  const metText = translate(lang, m === 0 ? "metNone" : m === 1 ? "metOnce" : "metTimes", { n: m });
  const spokeText = translate(lang, s === 0 ? "spokeNone" : s === 1 ? "spokeOnce" : "spokeTimes", { n: s });
  return `${metText} · ${spokeText}`;
}
