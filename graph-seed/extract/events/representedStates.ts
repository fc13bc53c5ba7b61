/**
 * A state takes part in an event only where no person stands for it: a summit "of Russia, Turkey and
 * Iran" that also names the three presidents is a summit of the three presidents. A person stands for
 * a state when the catalog or the article gives them an office of it.
 */
import type { ExtractedEntity, ExtractedEvent } from "../../../model/extraction.ts";
import { eventId, mergeInto } from "./build.ts";

function statesOf(entity: ExtractedEntity | undefined, date: string | null): Set<string> {
  const out = new Set<string>();
  for (const o of entity?.offices ?? []) {
    const during = !date || ((!o.from || o.from <= date) && (!o.to || date < o.to));
    // An office the article states, or one the catalog says was held at the time.
    if (during || o.evidence) out.add(o.of);
  }
  return out;
}

export function dropRepresentedStates(
  events: ExtractedEvent[],
  entities: ExtractedEntity[],
  published: string | null,
): ExtractedEvent[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const out = new Map<string, ExtractedEvent>();
  for (const ev of events) {
    const date = ev.date ?? published;
    const represented = new Set(
      ev.participants.filter((p) => p.startsWith("person:")).flatMap((p) => [...statesOf(byId.get(p), date)]),
    );
    const participants = ev.participants.filter((p) => !(p.startsWith("country:") && represented.has(p)));
    if (participants.length === ev.participants.length) {
      keep(out, ev);
      continue;
    }
    if (participants.length < 2) continue;
    keep(out, { ...ev, participants, id: eventId(ev.type, ev.date, participants) });
  }
  return [...out.values()];
}

function keep(out: Map<string, ExtractedEvent>, ev: ExtractedEvent) {
  const have = out.get(ev.id);
  if (have) mergeInto(have, ev);
  else out.set(ev.id, ev);
}
