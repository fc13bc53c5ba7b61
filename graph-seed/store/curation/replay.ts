/**
 * Re-applying corrections to a graph loaded again (a restart, a reseed, a changed extractor). Each
 * entry's target is found by its id, or else by the sentence it is stated in (the entry's anchors); an
 * entry whose target cannot be found, or that no longer applies, is an orphan: kept, listed, not dropped.
 */
import type { AuditEntry, CurationInput, FactRef, OrphanedCorrection } from "../../../model/curation.ts";
import { edgeIdOf } from "../../../model/graph.ts";
import { articleNodeId, nodeId, articleId as toArticleId } from "../../../model/ids.ts";
import { CurationError } from "../../../model/store.ts";
import { type FactReader, overlaps, parseEdgeId } from "./reader.ts";
import { isEntityKind } from "./rules.ts";

type Anchor = AuditEntry["anchors"][number];

/** The event reported by a sentence overlapping one of the anchors. */
async function eventByAnchors(reader: FactReader, anchors: Anchor[]): Promise<string | null> {
  for (const a of anchors) {
    const edges = await reader.edgesOf(articleNodeId(toArticleId(a.articleId)));
    const hit = edges.find((e) => e.kind === "REPORTED_IN" && e.evidence.some((p) => overlaps(p, a)));
    if (hit) return hit.source;
  }
  return null;
}

/** The entity named at one of the anchors (mention spans). */
async function entityByAnchors(reader: FactReader, anchors: Anchor[]): Promise<string | null> {
  for (const a of anchors) {
    const edges = await reader.edgesOf(articleNodeId(toArticleId(a.articleId)));
    const hit = edges.find(
      (e) =>
        e.kind === "MENTIONS" &&
        e.evidence.some((p) =>
          overlaps({ articleId: p.articleId, start: p.mentionStart ?? -1, end: p.mentionEnd ?? -1 }, a),
        ),
    );
    if (hit) return hit.target;
  }
  return null;
}

async function resolveEvent(reader: FactReader, id: string, anchors: Anchor[]) {
  const node = await reader.node(id);
  if (node?.kind === "Event") return id;
  return eventByAnchors(reader, anchors);
}

async function resolveEntity(reader: FactReader, id: string, anchors: Anchor[]) {
  const node = await reader.node(id);
  if (node && isEntityKind(node.kind)) return id;
  return entityByAnchors(reader, anchors);
}

/** A participation: the same person, in the event found again by its sentence. */
async function resolveParticipation(reader: FactReader, id: string, anchors: Anchor[]) {
  if (await reader.edge(id)) return id;
  const parts = parseEdgeId(id);
  if (!parts) return null;
  const event = await eventByAnchors(reader, anchors);
  if (!event || !(await reader.node(parts.source))) return null;
  const moved = edgeIdOf("PARTICIPATED_IN", nodeId(parts.source), nodeId(event));
  return (await reader.edge(moved)) ? moved : null;
}

/** An office: the same person's HOLDS_OFFICE edge stated in an overlapping sentence. */
async function resolveOffice(reader: FactReader, id: string, anchors: Anchor[]) {
  if (await reader.edge(id)) return id;
  const person = parseEdgeId(id)?.source;
  if (!person || !(await reader.node(person))) return null;
  const offices = (await reader.edgesOf(person)).filter((e) => e.kind === "HOLDS_OFFICE");
  return offices.find((e) => e.evidence.some((p) => anchors.some((a) => overlaps(p, a))))?.id ?? null;
}

export async function resolveFact(reader: FactReader, target: FactRef, anchors: Anchor[]) {
  switch (target.kind) {
    case "event":
      return resolveEvent(reader, target.id, anchors);
    case "entity":
      return resolveEntity(reader, target.id, anchors);
    case "participation":
      return resolveParticipation(reader, target.id, anchors);
    case "office":
      return resolveOffice(reader, target.id, anchors);
  }
}

const lost = (entry: AuditEntry) =>
  `${entry.target.kind} ${entry.target.id} is gone and no fact is stated at ${
    entry.anchors.map((a) => `${a.articleId} ${a.start}–${a.end}`).join(", ") || "a known sentence"
  }`;

/** The entry's input with its target's id as found now; a string says why it is orphaned. */
export async function resolveInput(reader: FactReader, entry: AuditEntry): Promise<CurationInput | string> {
  const input = entry.input;
  switch (input.action) {
    case "set-status": {
      const id = await resolveFact(reader, input.target, entry.anchors);
      return id ? { ...input, target: { ...input.target, id } } : lost(entry);
    }
    case "edit-event": {
      const id = await resolveEvent(reader, input.id, entry.anchors);
      return id ? { ...input, id } : lost(entry);
    }
    case "edit-entity": {
      const id = await resolveEntity(reader, input.id, entry.anchors);
      return id ? { ...input, id } : lost(entry);
    }
    case "split-entity": {
      const id = await resolveEntity(reader, input.id, entry.anchors);
      if (!id) return lost(entry);
      const edges = input.split.edges.map((e) => e.replace(input.id, id));
      return { ...input, id, split: { ...input.split, edges } };
    }
    case "merge-entities": {
      if (!(await reader.node(input.into))) return `merge target ${input.into} is gone`;
      const id = await resolveEntity(reader, input.id, entry.anchors);
      // Found by its sentence inside the entity it was merged into: the merge is already in place.
      return { ...input, id: id && id !== input.into ? id : input.id };
    }
    case "edit-office": {
      const id = await resolveOffice(reader, input.id, entry.anchors);
      return id ? { ...input, id } : lost(entry);
    }
    default:
      return input;
  }
}

/** Entries to re-apply, in order: reverted ones and reverts themselves leave nothing to re-apply. */
export function entriesToReplay(entries: AuditEntry[]): AuditEntry[] {
  const reverted = new Set(entries.flatMap((e) => (e.revertOf ? [e.revertOf] : [])));
  return entries.filter((e) => e.action !== "revert" && !reverted.has(e.id));
}

export const orphanOf = (entry: AuditEntry, reason: unknown): OrphanedCorrection => ({
  entry,
  reason:
    typeof reason === "string" ? reason : reason instanceof CurationError ? reason.message : String(reason),
});
