/**
 * "Who connects the community of X with the community of Y": communities by Louvain over the people's
 * ties (server/questions/peopleTies.ts); a bridge is a person with ties into the other side (a member of
 * either community) or into both sides (anyone else). Ranked by ties a reader can check, not by
 * betweenness: for each bridge, the occasions with members of each community, whom, and the events.
 */
import type { EventSummary, NodeRef } from "../../model/api.ts";
import { type NodeId, nodeId } from "../../model/ids.ts";
import type { CommunityPair, QuestionAnswer, QuestionParams } from "../../model/questions.ts";
import type { GraphStore } from "../../model/store.ts";
import { byName, dayOf, encounterOf, eventsOf } from "./occasions.ts";
import { communitiesOf, peopleIn, type Ties, tiesOf } from "./peopleTies.ts";

/** What one person shares with the members of one community (themselves left out). */
interface Side {
  occasions: number;
  people: NodeRef[];
  events: EventSummary[];
}

function sideOf(ties: Ties, person: string, members: Set<string>): Side {
  const shared = [...(ties.get(person)?.values() ?? [])].filter((o) => members.has(o.other.id));
  const events = [...new Map(shared.flatMap((o) => o.events).map((s) => [s.event.id, s])).values()];
  events.sort(
    (a, b) => (dayOf(a) ?? "9999").localeCompare(dayOf(b) ?? "9999") || a.event.id.localeCompare(b.event.id),
  );
  return {
    occasions: new Set(events.map(encounterOf)).size,
    people: shared.map((o) => o.other).sort(byName),
    events,
  };
}

const eventRef = (s: EventSummary): NodeRef => ({ id: s.event.id, kind: s.event.kind, name: s.event.name });

const columns = [
  { key: "person", kind: "node" },
  { key: "community", kind: "node" },
  { key: "withXSide", kind: "count" },
  { key: "peopleXSide", kind: "nodes" },
  { key: "eventsXSide", kind: "nodes" },
  { key: "withYSide", kind: "count" },
  { key: "peopleYSide", kind: "nodes" },
  { key: "eventsYSide", kind: "nodes" },
] as const;

/** X and Y by name even when they have no ties in scope (then they are a community of one). */
async function refOf(store: GraphStore, id: string, known: Map<string, NodeRef>): Promise<NodeRef> {
  const ref = known.get(id);
  if (ref) return ref;
  const node = (await store.node(nodeId(id)))?.node;
  return { id: nodeId(id), kind: node?.kind ?? "Person", name: node?.name ?? { ar: id, en: id } };
}

export async function bridges(store: GraphStore, q: QuestionParams<"bridges">): Promise<QuestionAnswer> {
  const { events, truncated } = await eventsOf(store, undefined, q);
  const ties = tiesOf(events, q.mode);
  const community = communitiesOf(ties, [q.x, q.y]);
  const people = peopleIn(ties);
  const [x, y] = await Promise.all([refOf(store, q.x, people), refOf(store, q.y, people)]);
  people.set(x.id, x).set(y.id, y);
  const membersOf = (c: number | undefined) =>
    new Set([...community].filter(([, k]) => k === c).map(([id]) => id));
  const [inX, inY] = [membersOf(community.get(q.x)), membersOf(community.get(q.y))];
  const listed = (members: Set<string>) => [...members].map((id) => people.get(id)!).sort(byName);
  const communities: CommunityPair = {
    x: { of: x, members: listed(inX) },
    y: { of: y, members: listed(inY) },
    same: inX.has(q.y),
  };
  const answer = { question: "bridges" as const, columns: [...columns], truncated, communities };
  if (communities.same) return { ...answer, rows: [], highlight: [...inX] as NodeId[] };

  const rows = [...ties.keys()]
    .map((id) => ({ id, toX: sideOf(ties, id, inX), toY: sideOf(ties, id, inY) }))
    .filter(({ id, toX, toY }) =>
      inX.has(id)
        ? toY.occasions > 0
        : inY.has(id)
          ? toX.occasions > 0
          : toX.occasions > 0 && toY.occasions > 0,
    )
    .sort(
      (a, b) =>
        Math.min(b.toX.occasions, b.toY.occasions) - Math.min(a.toX.occasions, a.toY.occasions) ||
        b.toX.occasions + b.toY.occasions - (a.toX.occasions + a.toY.occasions) ||
        byName(people.get(a.id)!, people.get(b.id)!),
    );
  const highlight = new Set<string>([q.x, q.y]);
  // The subgraph of the bridging ties: each bridge and whom it met on either side.
  for (const r of rows) {
    highlight.add(r.id);
    for (const p of [...r.toX.people, ...r.toY.people]) highlight.add(p.id);
  }
  return {
    ...answer,
    rows: rows.map(({ id, toX, toY }) => ({
      person: people.get(id)!,
      community: inX.has(id) ? x : inY.has(id) ? y : null,
      withXSide: toX.occasions,
      peopleXSide: toX.people,
      eventsXSide: toX.events.map(eventRef),
      withYSide: toY.occasions,
      peopleYSide: toY.people,
      eventsYSide: toY.events.map(eventRef),
    })),
    highlight: [...highlight] as NodeId[],
  };
}
