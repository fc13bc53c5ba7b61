/**
 * Scores one extraction against a real report's gold, by the reports' own rules: entity F1 per type,
 * the four mission topics at article level, who-met-whom pairs of held events (optional events and
 * entities neither required nor counted against), and the dates of gold pairs.
 */
import type { Extraction } from "../../../model/extraction.ts";
import type { Counts } from "../score.ts";
import type { RealGold } from "./realGold.ts";
import { matchesGold } from "./realMatch.ts";

export const REAL_CATEGORIES = ["Person", "Country", "Place", "MissionTopic", "Pair"] as const;
export type RealCategory = (typeof REAL_CATEGORIES)[number];
const ENTITY_TYPES = ["Person", "Country", "Place"] as const;
const MISSION_TOPICS = ["idlib", "astana", "libya", "constitutional_committee"];

export interface RealScore {
  counts: Record<RealCategory, Counts>;
  dates: { right: number; total: number };
  /** Every miss and extra, as `missed pair a|b`, `extra Person …`, for --verbose. */
  notes: string[];
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const pairKey = (a: string, b: string) => [a, b].sort().join("|");

function scoreEntities(gold: RealGold, out: Extraction, score: RealScore) {
  const outToGold = new Map<string, string>();
  for (const t of ENTITY_TYPES) {
    const gs = gold.entities.filter((g) => g.type === t);
    const os = out.entities.filter((e) => e.type === t);
    const c = score.counts[t];
    for (const g of gs) {
      if (g.optional) continue;
      if (os.some((e) => matchesGold(e, g))) c.tp++;
      else {
        c.fn++;
        score.notes.push(`missed ${t} ${g.key}`);
      }
    }
    for (const e of os) {
      const g = gs.find((x) => matchesGold(e, x));
      if (g) outToGold.set(e.id, g.same_as ?? g.key);
      else {
        c.fp++;
        score.notes.push(`extra ${t} ${e.name?.en ?? ""} ${e.name?.ar}`);
      }
    }
  }
  for (const e of out.entities) {
    if (outToGold.has(e.id)) continue;
    const g = gold.entities.find((x) => matchesGold(e, x));
    if (g) outToGold.set(e.id, g.same_as ?? g.key);
  }
  return outToGold;
}

function scoreTopics(gold: RealGold, out: Extraction, score: RealScore) {
  const goldTopics = new Set(
    gold.events
      .flatMap((ev) => ev.topics ?? [])
      .concat(gold.entities.filter((g) => g.type === "Topic" && !g.optional).map((g) => g.key))
      .filter((k) => MISSION_TOPICS.includes(k)),
  );
  const outTopics = new Set<string>();
  for (const e of out.entities.filter((x) => x.type === "Topic"))
    for (const g of gold.entities.filter((x) => x.type === "Topic"))
      if (matchesGold(e, g) && MISSION_TOPICS.includes(g.key)) outTopics.add(g.key);
  const c = score.counts.MissionTopic;
  for (const k of goldTopics) {
    if (outTopics.has(k)) c.tp++;
    else score.notes.push(`missed topic ${k}`);
  }
  c.fp += [...outTopics].filter((k) => !goldTopics.has(k)).length;
  c.fn += goldTopics.size - c.tp;
}

function pairsOf(events: { planned?: boolean; participants: string[]; date?: string | null }[]) {
  const pairs = new Map<string, Set<string>>();
  for (const ev of events) {
    if (ev.planned) continue;
    const ps = ev.participants;
    for (let i = 0; i < ps.length; i++)
      for (let j = i + 1; j < ps.length; j++) {
        const k = pairKey(ps[i]!, ps[j]!);
        if (!pairs.has(k)) pairs.set(k, new Set());
        if (ev.date) pairs.get(k)!.add(ev.date);
      }
  }
  return pairs;
}

function scorePairs(gold: RealGold, out: Extraction, outToGold: Map<string, string>, score: RealScore) {
  const goldPairs = pairsOf(gold.events.filter((e) => !e.optional));
  const optional = new Set(pairsOf(gold.events.filter((e) => e.optional)).keys());
  const mapped = out.events.map((ev) => ({
    ...ev,
    participants: [...new Set(ev.participants.map((id) => outToGold.get(id) ?? `?${id}`))],
  }));
  const outPairs = pairsOf(mapped);
  const c = score.counts.Pair;
  for (const k of goldPairs.keys()) {
    if (outPairs.has(k)) c.tp++;
    else score.notes.push(`missed pair ${k}`);
  }
  for (const k of outPairs.keys()) {
    if (goldPairs.has(k) || optional.has(k)) continue;
    c.fp++;
    score.notes.push(`extra pair ${k}`);
  }
  c.fn += goldPairs.size - c.tp;
  for (const [k, ds] of goldPairs)
    for (const d of ds) {
      score.dates.total++;
      if (outPairs.get(k)?.has(d)) score.dates.right++;
      else score.notes.push(`wrong/missing date ${k} ${d} got ${[...(outPairs.get(k) ?? [])].join(",")}`);
    }
}

export function scoreReal(gold: RealGold, out: Extraction): RealScore {
  const score: RealScore = {
    counts: Object.fromEntries(REAL_CATEGORIES.map((c) => [c, zero()])) as Record<RealCategory, Counts>,
    dates: { right: 0, total: 0 },
    notes: [],
  };
  const outToGold = scoreEntities(gold, out, score);
  scoreTopics(gold, out, score);
  scorePairs(gold, out, outToGold, score);
  return score;
}

export function sumReal(scores: RealScore[]): RealScore {
  const total: RealScore = {
    counts: Object.fromEntries(REAL_CATEGORIES.map((c) => [c, zero()])) as Record<RealCategory, Counts>,
    dates: { right: 0, total: 0 },
    notes: [],
  };
  for (const s of scores) {
    for (const c of REAL_CATEGORIES) {
      total.counts[c].tp += s.counts[c].tp;
      total.counts[c].fp += s.counts[c].fp;
      total.counts[c].fn += s.counts[c].fn;
    }
    total.dates.right += s.dates.right;
    total.dates.total += s.dates.total;
  }
  return total;
}
