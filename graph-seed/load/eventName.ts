/** A readable label for an event node, in both scripts: "Meeting: Putin – Sisi" / "لقاء: بوتين – السيسي". */
import type { ExtractedEntity, ExtractedEvent } from "../../model/extraction.ts";
import type { Name } from "../../model/graph.ts";
import type { EventType } from "../../model/kinds.ts";

const TYPE_NAMES: Record<EventType, Name> = {
  Meeting: { ar: "لقاء", en: "Meeting" },
  PhoneCall: { ar: "اتصال هاتفي", en: "Phone call" },
  Summit: { ar: "قمة", en: "Summit" },
  PressConference: { ar: "مؤتمر صحفي", en: "Press conference" },
  Agreement: { ar: "اتفاقية", en: "Agreement" },
};

/** Persons first (they are who the label is about), then other participants; at most four names. */
function labelParticipants(ev: ExtractedEvent, entities: Map<string, ExtractedEntity>) {
  const known = ev.participants.map((p) => entities.get(p)).filter((e) => e !== undefined);
  const persons = known.filter((e) => e.type === "Person");
  return (persons.length > 0 ? persons : known).slice(0, 4);
}

export function eventName(ev: ExtractedEvent, entities: Map<string, ExtractedEntity>): Name {
  const type = TYPE_NAMES[ev.type] ?? { ar: ev.type, en: ev.type };
  const who = labelParticipants(ev, entities);
  if (who.length === 0) return type;
  return {
    ar: `${type.ar}: ${who.map((e) => e.name.ar).join(" – ")}`,
    en: `${type.en}: ${who.map((e) => e.name.en ?? e.name.ar).join(" – ")}`,
  };
}
