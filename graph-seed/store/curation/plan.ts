/**
 * Plans a change: checks it against the store as it is (targets, versions, sources) and works out every
 * record it writes, the audit entry that records it, and what it does to derived ties. Pure apart from
 * reading, so both stores share it and each writes the plan its own way, atomically.
 */
import { randomBytes } from "node:crypto";
import type {
  AuditEntry,
  CurationInput,
  FactRecords,
  FactRef,
  ReviewedFact,
  SourceSpan,
} from "../../../model/curation.ts";
import { type PlanContext, planContext } from "./context.ts";
import { planEntityAdd, planEntityEdit, planMerge, planSplit } from "./planEntities.ts";
import {
  eventEvidence,
  manualEventId,
  officeIdOf,
  planEventAdd,
  planEventEdit,
  planOfficeAdd,
  planOfficeEdit,
  planStatus,
} from "./planEvents.ts";
import {
  emptyChange,
  type FactReader,
  mentionSpansOf,
  overlay,
  type RecordChange,
  spansOf,
} from "./reader.ts";

export interface Plan {
  change: RecordChange;
  entries: AuditEntry[];
  reviews: ReviewedFact[];
  created: string[];
  /** Events whose ties must be recomputed once the change is written. */
  events: Set<string>;
}

export interface Who {
  by: string;
  at: string;
  reason?: string | null;
}

/** Changes made in one millisecond by this process keep their order; the random part keeps ids unique across processes. */
let sequence = 0;

/** Sortable by time, then by order of making: `c-<ms>-<sequence>-<random>`. */
export function newEntryId(at: string) {
  sequence = (sequence + 1) % 1_000_000;
  const ms = String(Date.parse(at)).padStart(13, "0");
  return `c-${ms}-${String(sequence).padStart(6, "0")}-${randomBytes(3).toString("hex")}`;
}

async function run(ctx: PlanContext, input: CurationInput) {
  switch (input.action) {
    case "set-status":
      return planStatus(ctx, input);
    case "edit-event":
      return planEventEdit(ctx, input);
    case "add-event":
      return planEventAdd(ctx, input);
    case "edit-entity":
      return planEntityEdit(ctx, input);
    case "merge-entities":
      return planMerge(ctx, input);
    case "split-entity":
      return planSplit(ctx, input);
    case "add-entity":
      return planEntityAdd(ctx, input);
    case "add-office":
      return planOfficeAdd(ctx, input);
    case "edit-office":
      return planOfficeEdit(ctx, input);
    case "revert":
      // Reverts are planned from the entry they revert (curation/revert.ts); replaying one changes nothing.
      return;
  }
}

/** The main fact a change is about. */
export function targetOf(input: CurationInput): FactRef {
  switch (input.action) {
    case "set-status":
      return input.target;
    case "edit-event":
      return { kind: "event", id: input.id };
    case "add-event":
      return { kind: "event", id: manualEventId(input.event.source) };
    case "edit-entity":
    case "merge-entities":
    case "split-entity":
      return { kind: "entity", id: input.id };
    case "add-entity":
      return { kind: "entity", id: "" };
    case "add-office":
      return { kind: "office", id: "" };
    case "edit-office":
      return { kind: "office", id: input.id };
    case "revert":
      return { kind: "event", id: "" };
  }
}

/** Where the target is stated: spans to find it again by its sentence if a re-extraction renames it. */
export async function anchorsOf(
  reader: FactReader,
  target: FactRef,
  input: CurationInput,
): Promise<SourceSpan[]> {
  if (input.action === "add-event") return [input.event.source];
  if (input.action === "add-entity") return [input.entity.source];
  if (input.action === "add-office") return [input.office.source];
  if (target.kind === "event") return spansOf(await eventEvidence(reader, target.id));
  if (target.kind === "entity") {
    const mentions = (await reader.edgesOf(target.id)).filter((e) => e.kind === "MENTIONS");
    return mentionSpansOf(mentions.flatMap((e) => e.evidence));
  }
  const edge = await reader.edge(target.id);
  if (!edge) return [];
  if (target.kind === "participation") return spansOf(await eventEvidence(reader, edge.target));
  return spansOf(edge.evidence);
}

/** The records a change replaces, as they were: the `before` of its audit entry. */
async function recordsBefore(reader: FactReader, change: RecordChange): Promise<FactRecords> {
  const records: FactRecords = { nodes: {}, edges: {} };
  for (const id of change.nodes.keys()) records.nodes[id] = await reader.node(id);
  for (const id of change.edges.keys()) records.edges[id] = await reader.edge(id);
  return records;
}

const recordsOf = (change: RecordChange): FactRecords => ({
  nodes: Object.fromEntries(change.nodes),
  edges: Object.fromEntries(change.edges),
});

/** Copies one change's records into another (later ones win). */
export function absorb(into: RecordChange, from: RecordChange) {
  for (const [id, n] of from.nodes) into.nodes.set(id, n);
  for (const [id, e] of from.edges) into.edges.set(id, e);
}

export interface PlanOptions {
  who: Who;
  /** Replaying a recorded entry after a reload: its id, time and versions are kept. */
  replayOf?: AuditEntry;
}

/** Plans one input on top of `base` and returns its change and entry. */
export async function planOne(base: FactReader, input: CurationInput, options: PlanOptions) {
  const { who, replayOf } = options;
  const change = emptyChange();
  const replay = replayOf ? { versions: recordedVersions(replayOf, input) } : null;
  const ctx = planContext(base, change, who, replay);
  const target = resolvedTarget(targetOf(input), input);
  const anchors = replayOf ? replayOf.anchors : await anchorsOf(base, target, input);
  await run(ctx, input);
  const finalTarget = target.id === "" ? { ...target, id: ctx.created[0] ?? "" } : target;
  const entry: AuditEntry = {
    id: replayOf?.id ?? newEntryId(who.at),
    at: who.at,
    by: who.by,
    action: input.action,
    target: finalTarget,
    touched: [...change.nodes.keys(), ...change.edges.keys()],
    anchors,
    input,
    before: await recordsBefore(base, change),
    after: recordsOf(change),
    reason: who.reason ?? null,
    revertOf: null,
  };
  return { ctx, change, entry };
}

/** An added office's id is known from its input. */
const resolvedTarget = (target: FactRef, input: CurationInput): FactRef =>
  input.action === "add-office" ? { kind: "office", id: officeIdOf(input.office) } : target;

/** The versions an entry left on each fact, under the ids the replay resolved. */
function recordedVersions(entry: AuditEntry, input: CurationInput): Map<string, number> {
  const versions = new Map<string, number>();
  for (const r of [...Object.values(entry.after.nodes), ...Object.values(entry.after.edges)]) {
    if (r?.review) versions.set(r.id, r.review.version);
  }
  const recorded = versions.get(entry.target.id);
  const now = targetOf(input).id;
  if (recorded !== undefined && now !== entry.target.id) versions.set(now, recorded);
  return versions;
}

/** Plans several live inputs as one change (bulk confirm): each sees the ones before it. */
export async function planAll(base: FactReader, inputs: CurationInput[], who: Who): Promise<Plan> {
  const change = emptyChange();
  const plan: Plan = { change, entries: [], reviews: [], created: [], events: new Set() };
  for (const input of inputs) {
    const one = await planOne(overlay(base, change), input, { who });
    absorb(change, one.change);
    plan.entries.push(one.entry);
    plan.reviews.push(...one.ctx.reviews.values());
    plan.created.push(...one.ctx.created);
    for (const e of one.ctx.events) plan.events.add(e);
  }
  return plan;
}
