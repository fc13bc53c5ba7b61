/** Planning changes to events, participations and offices: status, edit, add by hand. */

import type { CurationInput, EventChanges, FactKind } from "../../../model/curation.ts";
import { eventDays } from "../../../model/dateInterval.ts";
import { edgeIdOf, type GraphEdge, type GraphNode, type Provenance } from "../../../model/graph.ts";
import { articleNodeId, edgeId, nodeId, articleId as toArticleId } from "../../../model/ids.ts";
import type { EdgeKind, EventType } from "../../../model/kinds.ts";
import { unionEvidence } from "../memory/merge.ts";
import {
  checkVersion,
  dropEdge,
  invalid,
  nextReview,
  notFound,
  type PlanContext,
  provenanceFrom,
  putEdge,
  putNode,
  refused,
} from "./context.ts";
import type { FactReader } from "./reader.ts";
import { isEntityKind, reviewOf } from "./rules.ts";

const EDGE_OF_FACT: Partial<Record<FactKind, EdgeKind>> = {
  participation: "PARTICIPATED_IN",
  office: "HOLDS_OFFICE",
};

export async function requireNode(ctx: PlanContext, kind: "event" | "entity", id: string) {
  const node = await ctx.reader.node(id);
  const ok = node && (kind === "event" ? node.kind === "Event" : isEntityKind(node.kind));
  if (!ok) throw notFound(`${kind} ${id}`);
  return node;
}

export async function requireEdge(ctx: PlanContext, kind: "participation" | "office", id: string) {
  const edge = await ctx.reader.edge(id);
  if (!edge || edge.kind !== EDGE_OF_FACT[kind]) throw notFound(`${kind} ${id}`);
  return edge;
}

export async function planStatus(ctx: PlanContext, input: Extract<CurationInput, { action: "set-status" }>) {
  const { kind, id } = input.target;
  if (kind === "event" || kind === "entity") {
    const node = await requireNode(ctx, kind, id);
    checkVersion(ctx, kind, node, input.version);
    putNode(ctx, { ...node, review: nextReview(ctx, node, input.status) }, kind);
    if (node.kind === "Event") ctx.events.add(node.id);
    if (kind === "entity")
      for (const e of await ctx.reader.edgesOf(id))
        if (e.kind === "PARTICIPATED_IN") ctx.events.add(e.target);
    return;
  }
  const edge = await requireEdge(ctx, kind, id);
  checkVersion(ctx, kind, edge, input.version);
  putEdge(ctx, { ...edge, review: nextReview(ctx, edge, input.status) }, kind);
}

/** The sentences reporting an event: what a participation, place or topic added by hand cites. */
export async function eventEvidence(reader: FactReader, eventId: string): Promise<Provenance[]> {
  let evidence: Provenance[] = [];
  for (const e of await reader.edgesOf(eventId)) {
    if (e.kind === "REPORTED_IN" && e.source === eventId) evidence = unionEvidence(evidence, e.evidence);
  }
  return evidence;
}

const precisionOf = (date: string) => (date.length >= 10 ? "day" : date.length === 7 ? "month" : "year");

function datedFields(event: GraphNode, c: EventChanges): GraphNode {
  const next = { ...event };
  if (c.type !== undefined) next.eventType = c.type;
  if (c.planned !== undefined) next.planned = c.planned;
  if (c.date !== undefined) {
    next.date = c.date;
    next.datePrecision = c.date === null ? null : (c.datePrecision ?? precisionOf(c.date));
    const days = eventDays(c.date, null);
    next.dateFrom = days.from;
    next.dateTo = days.to;
  } else if (c.datePrecision !== undefined) next.datePrecision = c.datePrecision;
  if (c.dateFrom !== undefined) next.dateFrom = c.dateFrom;
  if (c.dateTo !== undefined) next.dateTo = c.dateTo;
  if (next.date && next.datePrecision && precisionOf(next.date) !== next.datePrecision) {
    throw invalid(`date ${next.date} does not have ${next.datePrecision} precision`);
  }
  return next;
}

async function requireEntityOf(ctx: PlanContext, id: string, kinds: readonly string[], what: string) {
  const node = await ctx.reader.node(id);
  if (!node) throw notFound(`${what} ${id}`);
  if (!kinds.includes(node.kind))
    throw invalid(`${what} ${id} is a ${node.kind}, not one of ${kinds.join(", ")}`);
  return node;
}

const PARTICIPANT_KINDS = ["Person", "Country", "Organization"];
const PLACE_KINDS = ["Place", "Country"];
const TOPIC_KINDS = ["Topic", "Country", "Place"];

/** A participation added by an editor: it cites the event's sentences and counts as edited. */
async function addParticipant(
  ctx: PlanContext,
  eventId: string,
  p: { id: string; role?: string | null },
  evidence: Provenance[],
) {
  await requireEntityOf(ctx, p.id, PARTICIPANT_KINDS, "participant");
  const id = edgeIdOf("PARTICIPATED_IN", nodeId(p.id), nodeId(eventId));
  const old = await ctx.reader.edge(id);
  const base: GraphEdge = old ?? {
    id,
    kind: "PARTICIPATED_IN",
    source: nodeId(p.id),
    target: nodeId(eventId),
    role: null,
    confidence: null,
    evidence,
  };
  const role = p.role === undefined ? base.role : p.role;
  putEdge(ctx, { ...base, role: role ?? null, review: nextReview(ctx, base, "edited") }, "participation");
}

async function removeParticipant(ctx: PlanContext, eventId: string, personId: string) {
  const edge = await ctx.reader.edge(edgeIdOf("PARTICIPATED_IN", nodeId(personId), nodeId(eventId)));
  if (!edge) throw invalid(`${personId} is not a participant of ${eventId}`);
  // Rejected rather than deleted: a re-extraction that finds it again keeps it hidden.
  putEdge(ctx, { ...edge, review: nextReview(ctx, edge, "rejected") }, "participation");
}

/** Replaces the event's edges of one kind (HELD_IN, DISCUSSED) with edges to `targets`. */
async function replaceEdges(
  ctx: PlanContext,
  eventId: string,
  kind: "HELD_IN" | "DISCUSSED",
  targets: string[],
  kinds: readonly string[],
  evidence: Provenance[],
) {
  for (const t of targets) await requireEntityOf(ctx, t, kinds, kind === "HELD_IN" ? "place" : "topic");
  const current = (await ctx.reader.edgesOf(eventId)).filter((e) => e.kind === kind && e.source === eventId);
  for (const e of current) if (!targets.includes(e.target)) dropEdge(ctx, e);
  for (const t of targets) {
    if (current.some((e) => e.target === t)) continue;
    const id = edgeIdOf(kind, nodeId(eventId), nodeId(t));
    putEdge(ctx, { id, kind, source: nodeId(eventId), target: nodeId(t), evidence });
  }
}

async function applyEventChanges(ctx: PlanContext, eventId: string, c: EventChanges, evidence: Provenance[]) {
  if (c.place !== undefined) {
    await replaceEdges(ctx, eventId, "HELD_IN", c.place ? [c.place] : [], PLACE_KINDS, evidence);
  }
  if (c.topics !== undefined) await replaceEdges(ctx, eventId, "DISCUSSED", c.topics, TOPIC_KINDS, evidence);
  for (const p of c.addParticipants ?? []) await addParticipant(ctx, eventId, p, evidence);
  for (const p of c.removeParticipants ?? []) await removeParticipant(ctx, eventId, p);
}

export async function planEventEdit(
  ctx: PlanContext,
  input: Extract<CurationInput, { action: "edit-event" }>,
) {
  const event = await requireNode(ctx, "event", input.id);
  checkVersion(ctx, "event", event, input.version);
  const next = datedFields(event, input.changes);
  putNode(ctx, { ...next, review: nextReview(ctx, event, "edited") }, "event");
  ctx.events.add(event.id);
  await applyEventChanges(ctx, event.id, input.changes, await eventEvidence(ctx.reader, event.id));
}

const TYPE_LABELS: Record<EventType, string> = {
  Meeting: "لقاء",
  PhoneCall: "اتصال هاتفي",
  Summit: "قمة",
  PressConference: "مؤتمر صحفي",
  Agreement: "اتفاقية",
};

/** The id of an event added by hand derives from its source span, so a replay finds the same one. */
export const manualEventId = (s: { articleId: string; start: number; end: number }) =>
  nodeId(`event:manual:${s.articleId}:${s.start}-${s.end}`);

export async function planEventAdd(ctx: PlanContext, input: Extract<CurationInput, { action: "add-event" }>) {
  const ev = input.event;
  const source = await provenanceFrom(ctx, ev.source, false);
  const id = manualEventId(ev.source);
  const old = await ctx.reader.node(id);
  if (old && !ctx.replay) throw refused(`an event was already added from this quote: ${id}`);
  const names = [];
  for (const p of ev.participants)
    names.push((await requireEntityOf(ctx, p.id, PARTICIPANT_KINDS, "participant")).name);
  const base: GraphNode = {
    id,
    kind: "Event",
    name: {
      ar: `${TYPE_LABELS[ev.type]}: ${names.map((n) => n.ar).join(" – ")}`,
      en: `${ev.type}: ${names.map((n) => n.en ?? n.ar).join(" – ")}`,
    },
    eventType: ev.type,
    planned: ev.planned,
    background: false,
    encounter: null,
    confidence: null,
    cues: ["manual"],
  };
  const dated = datedFields(base, {
    date: ev.date,
    datePrecision: ev.datePrecision,
    dateFrom: ev.dateFrom,
    dateTo: ev.dateTo,
  });
  putNode(ctx, { ...dated, review: nextReview(ctx, old ?? base, "confirmed") }, "event");
  ctx.created.push(id);
  ctx.events.add(id);
  const article = articleNodeId(toArticleId(ev.source.articleId));
  putEdge(ctx, {
    id: edgeIdOf("REPORTED_IN", id, article),
    kind: "REPORTED_IN",
    source: id,
    target: article,
    evidence: [source],
  });
  await applyEventChanges(ctx, id, { place: ev.place, topics: ev.topics, addParticipants: ev.participants }, [
    source,
  ]);
}

export async function planOfficeEdit(
  ctx: PlanContext,
  input: Extract<CurationInput, { action: "edit-office" }>,
) {
  const edge = await requireEdge(ctx, "office", input.id);
  checkVersion(ctx, "office", edge, input.version);
  const next = { ...edge, ...input.changes };
  if (next.from && next.to && next.from > next.to)
    throw invalid(`from (${next.from}) is after to (${next.to})`);
  putEdge(ctx, { ...next, review: nextReview(ctx, edge, "edited") }, "office");
}

export const officeIdOf = (o: {
  person: string;
  of: string;
  office: { ar: string; en: string | null };
  from: string | null;
}) =>
  edgeIdOf("HOLDS_OFFICE", nodeId(o.person), nodeId(o.of), `${o.office.en ?? o.office.ar}@${o.from ?? ""}`);

export async function planOfficeAdd(
  ctx: PlanContext,
  input: Extract<CurationInput, { action: "add-office" }>,
) {
  const o = input.office;
  await requireEntityOf(ctx, o.person, ["Person"], "person");
  await requireEntityOf(ctx, o.of, ["Country", "Organization"], "country or organisation");
  const source = await provenanceFrom(ctx, o.source, false);
  const id = officeIdOf(o);
  const old = await ctx.reader.edge(id);
  if (old && !ctx.replay && reviewOf(old).status !== "rejected") {
    throw refused(`this office is already recorded: ${id} (edit it instead)`);
  }
  const edge: GraphEdge = {
    id: edgeId(id),
    kind: "HOLDS_OFFICE",
    source: nodeId(o.person),
    target: nodeId(o.of),
    office: o.office,
    from: o.from,
    to: o.to,
    evidence: unionEvidence(old?.evidence ?? [], [source]),
  };
  putEdge(ctx, { ...edge, review: nextReview(ctx, old ?? edge, "confirmed") }, "office");
  ctx.created.push(id);
}
