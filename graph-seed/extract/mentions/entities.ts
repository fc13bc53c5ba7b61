/** Groups mentions into the article's entities, with catalog facts (offices, location, aliases) attached. */
import type { ExtractedEntity, ExtractedOffice } from "../../../model/extraction.ts";
import { catalogEntry, catalogPerson, catalogPlace } from "../../catalog/index.ts";
import { OFFICE_NAMES } from "../../catalog/offices.ts";
import type { Mention } from "./mentions.ts";

function catalogOffices(id: string): ExtractedOffice[] {
  const p = catalogPerson(id);
  if (!p) return [];
  return p.offices.map((o) => ({ office: OFFICE_NAMES[o.office], of: o.of, from: o.from, to: o.to }));
}

function newEntity(m: Mention): ExtractedEntity {
  const entry = catalogEntry(m.entityId);
  const entity: ExtractedEntity = {
    id: m.entityId,
    type: m.type,
    name: entry ? entry.name : m.name,
    mentions: [],
    inCatalog: Boolean(entry),
  };
  if (entry) entity.aliases = [...entry.aliases, ...(entry.enAliases ?? [])];
  if (m.type === "Person") entity.offices = catalogOffices(m.entityId);
  if (m.type === "Place") entity.locatedIn = catalogPlace(m.entityId)?.locatedIn ?? null;
  return entity;
}

export function groupEntities(text: string, mentions: Mention[]): ExtractedEntity[] {
  const byId = new Map<string, ExtractedEntity>();
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of sorted) {
    const entity = byId.get(m.entityId) ?? newEntity(m);
    byId.set(m.entityId, entity);
    if (!entity.mentions.some((s) => s.start === m.start && s.end === m.end)) {
      entity.mentions.push({ text: text.slice(m.start, m.end), start: m.start, end: m.end });
    }
    // `محمد بن زايد آل نهيان` as the article writes it: a name a reader may search for.
    const written = text.slice(m.start, m.end);
    if (entity.aliases && m.source === "catalog" && !entity.aliases.includes(written))
      entity.aliases.push(written);
    if (
      m.office &&
      !entity.offices?.some((o) => o.office.ar === m.office!.office.ar && o.of === m.office!.of)
    ) {
      entity.offices = [...(entity.offices ?? []), m.office];
    }
  }
  return [...byId.values()];
}
