/**
 * The who-met-whom projection: two persons who took part in the same held event are tied. Events where
 * they were in one place (meeting, summit, press conference, agreement signing) make a MET edge; calls
 * (phone, video, letter) a SPOKE_WITH edge, so the graph never says two people met when they only spoke.
 * One edge per kind and unordered pair (source id < target id). Its weight counts distinct occasions, not
 * events: a meeting, the joint press conference after it and the agreement signed there are one. Pure, so
 * both stores and the filtered people view share it.
 */
import { edgeIdOf, type GraphEdge, type Provenance } from "../../../model/graph.ts";
import type { NodeId } from "../../../model/ids.ts";
import { type EventType, type TieKind, tieKindOf } from "../../../model/kinds.ts";
import { byProvenance, unionEvidence } from "../memory/merge.ts";
import { compareDates } from "../time/dateRange.ts";
import { inferenceReason } from "./tieReason.ts";

/** What the projection needs to know about one event. */
export interface TieEventFacts {
  id: NodeId;
  eventType: EventType | null;
  date: string | null;
  /** The extractor's occasion key, when it gave one. */
  encounter: string | null;
  planned: boolean;
  /** Rejected in review: it ties no one (its participations are left out of `persons` already). */
  rejected?: boolean;
  /** Set by time-filtered views: the event only possibly lies in the range. */
  dateUncertain?: boolean;
  /** Person participants, each with the event's sentences that name them (PARTICIPATED_IN evidence with a mention). */
  persons: { id: NodeId; naming: Provenance[] }[];
  /** The sentences that report the event. */
  evidence: Provenance[];
}

/**
 * The occasion an event belongs to: the extractor's encounter key; else, for a day-precise date, the day
 * (two in-person events of one pair on one day are one occasion); else the event itself.
 */
export function occasionOf(ev: Pick<TieEventFacts, "id" | "date" | "encounter">): string {
  if (ev.encounter) return `encounter:${ev.encounter}`;
  if (ev.date && ev.date.length === 10) return `day:${ev.date}`;
  return `event:${ev.id}`;
}

interface Pair {
  edge: GraphEdge;
  occasions: Set<string>;
  /** Sentences that name both people, and the reports of the shared events (used when there are none). */
  naming: Provenance[];
  reports: Provenance[];
  events: TieEventFacts[];
  allUncertain: boolean;
}

const key = (p: Provenance) => `${p.articleId}\u0000${p.start}\u0000${p.end}`;

/** The sentences of one event that name both a and b: a's copy, so its mention offsets point at a. */
function namingBoth(a: { naming: Provenance[] }, b: { naming: Provenance[] }): Provenance[] {
  const named = (list: Provenance[]) => list.filter((p) => p.mentionStart !== undefined);
  const ofB = new Set(named(b.naming).map(key));
  return named(a.naming).filter((p) => ofB.has(key(p)));
}

function newPair(kind: TieKind, source: NodeId, target: NodeId): Pair {
  const edge: GraphEdge = {
    id: edgeIdOf(kind, source, target),
    kind,
    source,
    target,
    weight: 0,
    firstDate: null,
    lastDate: null,
    eventIds: [],
    evidence: [],
  };
  return { edge, occasions: new Set(), naming: [], reports: [], events: [], allUncertain: true };
}

function addToPair(pair: Pair, ev: TieEventFacts, naming: Provenance[]) {
  const { edge } = pair;
  pair.occasions.add(occasionOf(ev));
  pair.events.push(ev);
  pair.allUncertain &&= ev.dateUncertain === true;
  edge.eventIds = [...(edge.eventIds ?? []), ev.id];
  if (ev.date) {
    if (!edge.firstDate || compareDates(ev.date, edge.firstDate) < 0) edge.firstDate = ev.date;
    if (!edge.lastDate || compareDates(ev.date, edge.lastDate) > 0) edge.lastDate = ev.date;
  }
  pair.naming = unionEvidence(pair.naming, naming);
  pair.reports = unionEvidence(pair.reports, ev.evidence);
}

/** The finished edge: quotes that name both, or the reports and a plain statement that it is inferred. */
function finish(pair: Pair): GraphEdge {
  const { edge } = pair;
  edge.weight = pair.occasions.size;
  const inferred = pair.naming.length === 0;
  edge.evidence = (inferred ? pair.reports : pair.naming).sort(byProvenance);
  edge.inferred = inferred;
  edge.inferredReason = inferred ? inferenceReason(pair.events, pair.reports) : null;
  if (pair.events.some((ev) => ev.dateUncertain !== undefined)) edge.dateUncertain = pair.allUncertain;
  return edge;
}

/** Planned events did not happen yet, and rejected ones did not happen at all, so they tie no one. */
export function deriveTies(events: TieEventFacts[]): GraphEdge[] {
  const pairs = new Map<string, Pair>();
  const ordered = [...events].sort((a, b) => compareDates(a.date, b.date) || (a.id < b.id ? -1 : 1));
  for (const ev of ordered) {
    if (ev.planned || ev.rejected) continue;
    const kind = tieKindOf(ev.eventType);
    const byId = new Map(ev.persons.map((p) => [p.id, p]));
    const persons = [...byId.keys()].sort();
    for (let i = 0; i < persons.length; i++) {
      for (let j = i + 1; j < persons.length; j++) {
        const [source, target] = [persons[i]!, persons[j]!];
        const id = edgeIdOf(kind, source, target);
        const pair = pairs.get(id) ?? newPair(kind, source, target);
        addToPair(pair, ev, namingBoth(byId.get(source)!, byId.get(target)!));
        pairs.set(id, pair);
      }
    }
  }
  return [...pairs.values()].map(finish);
}
