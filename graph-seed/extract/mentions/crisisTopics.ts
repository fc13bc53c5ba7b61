/**
 * A country named as the place of a situation is that country's crisis topic: `الأوضاع في سورية
 * والعراق وليبيا`, `الأزمات في …`, `بشأن ليبيا`, `الانشقاق في ليبيا` → Syrian/Iraq/Libya crisis.
 */
import { catalogEntry } from "../../catalog/index.ts";
import { PLACES } from "../lexicon/index.ts";
import { cliticForms, type Token } from "../text/tokens.ts";
import { type Mention, mention } from "./mentions.ts";

const CRISIS_OF: Record<string, string> = {
  "country:syria": "topic:syrian-crisis",
  "country:libya": "topic:libya-crisis",
  "country:yemen": "topic:yemen-crisis",
  "country:iraq": "topic:iraq-crisis",
  "country:lebanon": "topic:lebanon-crisis",
  "country:sudan": "topic:sudan-crisis",
  "country:ukraine": "topic:ukraine-crisis",
  "country:palestine": "topic:palestinian-cause",
};

const SITUATION = PLACES.situationNouns;
const ABOUT = PLACES.situationAbout;
/** Words that may stand inside a coordinated list of countries: `في كل من سورية وليبيا`. */
const LIST = PLACES.countryListWords;

function introducedAsSituation(tokens: Token[], countries: Set<number>, first: number): boolean {
  const prev = tokens[first - 1]?.norm ?? "";
  if (ABOUT.has(prev)) return true;
  for (let k = first - 1; k >= Math.max(0, first - 12); k--) {
    const w = tokens[k]!.norm;
    const noun = tokens[k - 1];
    if (w === "في" && noun && cliticForms(noun.norm).some((f) => SITUATION.has(f.form))) return true;
    if (!(countries.has(k) || LIST.has(w))) return false;
  }
  return false;
}

export function crisisTopics(tokens: Token[], mentions: Mention[]): Mention[] {
  const countries = new Set<number>();
  for (const m of mentions)
    if (m.type === "Country" && m.source === "catalog")
      for (let k = m.first; k <= m.last; k++) countries.add(k);
  const out: Mention[] = [];
  for (const m of mentions) {
    const topicId = m.type === "Country" && m.source === "catalog" ? CRISIS_OF[m.entityId] : undefined;
    const topic = topicId ? catalogEntry(topicId) : undefined;
    if (!topic || !introducedAsSituation(tokens, countries, m.first)) continue;
    out.push(mention({ ...m, entityId: topic.id, type: "Topic", name: topic.name, source: "catalog" }));
  }
  return out;
}
