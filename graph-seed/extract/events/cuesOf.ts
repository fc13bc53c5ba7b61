/**
 * What a reading of one clause rests on, kept with the event for review: the rules that fired (its
 * cues) and, for each participant, how sure the reading is that they took part. A name the text gives
 * in the clause is surer than one resolved from a role, and far surer than one carried over from
 * another sentence.
 */
import type { ArticleContext } from "../analyse.ts";
import type { DateFact } from "../dates/dates.ts";
import { idRecord } from "./idRecord.ts";
import type { Trigger } from "./triggers.ts";

function triggerCue(ctx: ArticleContext, t: Trigger): string {
  const kind = t.welcome
    ? "welcome"
    : t.anaphoric
      ? "refers-back"
      : t.possessive
        ? "possessive"
        : t.verb
          ? "talks-verb"
          : "word";
  return `trigger:${kind}:${ctx.tokens[t.at]!.norm}`;
}

function dateCue(date: DateFact | null | undefined): string {
  if (!date) return "date:none";
  if (date.byPublication) return "date:publication";
  if (date.fromScene) return "date:previous-sentence";
  return `date:stated:${date.precision}`;
}

/** How sure a named person is, by how the text named them (catalog, role, context). */
function sureness(sources: string[]): number {
  if (sources.includes("catalog")) return 0.9;
  if (sources.includes("role")) return 0.8;
  return 0.75;
}

const SURENESS = new WeakMap<ArticleContext, Map<string, number>>();
/** Each entity's sureness, gathered once per article from how each of its mentions named it. */
function surenessOf(ctx: ArticleContext): Map<string, number> {
  let map = SURENESS.get(ctx);
  if (!map) {
    const sources = new Map<string, string[]>();
    for (const m of ctx.mentions) {
      const list = sources.get(m.entityId);
      if (list) list.push(m.source ?? "");
      else sources.set(m.entityId, [m.source ?? ""]);
    }
    map = new Map([...sources].map(([id, list]) => [id, sureness(list)]));
    SURENESS.set(ctx, map);
  }
  return map;
}

/** How sure a participant is, by how the text named them. */
function personConfidence(ctx: ArticleContext, id: string, named: Set<string>): number {
  if (!id.startsWith("person:")) return named.has(id) ? 0.7 : 0.5;
  if (!named.has(id)) return 0.55;
  return surenessOf(ctx).get(id) ?? 0.75;
}

export interface ClauseReading {
  t: Trigger;
  date: DateFact | null | undefined;
  planned: boolean;
  background: boolean;
  /** Who the clause itself named, before anyone was carried over. */
  named: string[];
  group: string[];
}

export function cuesOf(ctx: ArticleContext, r: ClauseReading) {
  const named = new Set(r.named);
  const cues = [triggerCue(ctx, r.t), dateCue(r.date)];
  if (r.group.some((p) => !named.has(p))) cues.push("participants:carried");
  if (r.group.some((p) => p.startsWith("person:ar-"))) cues.push("participants:from-context");
  if (r.group.some((p) => p.startsWith("country:"))) cues.push("participants:states");
  if (r.planned) cues.push("planned");
  if (r.background) cues.push("background");
  const participantConfidence = idRecord<number>();
  for (const p of r.group) participantConfidence[p] = personConfidence(ctx, p, named);
  return { cues, participantConfidence };
}
