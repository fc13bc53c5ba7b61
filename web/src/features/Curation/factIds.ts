/**
 * Ids and versions of the facts an entity's details name without their edge ids: its PARTICIPATED_IN
 * and HOLDS_OFFICE edges, built the way the loader builds them (graph-seed/load/toBatch.ts). When the
 * server sends the id itself, that wins.
 */
import type { GraphPayload, OfficeHeld } from "../../../../model/api.ts";
import type { Review } from "../../../../model/graph.ts";
import { edgeIdOf } from "../../../../model/graph.ts";
import type { NodeId } from "../../../../model/ids.ts";

type WithId = { id?: string; edgeId?: string; review?: Review };

export const participationId = (entity: NodeId, event: NodeId) => edgeIdOf("PARTICIPATED_IN", entity, event);

export function officeEdgeId(person: NodeId, held: OfficeHeld): string {
  const given = held as OfficeHeld & WithId;
  return (
    given.edgeId ??
    given.id ??
    edgeIdOf("HOLDS_OFFICE", person, held.of.id, `${held.office.en ?? held.office.ar}@${held.from ?? ""}`)
  );
}

/** The version a write must carry: 0 for a fact never reviewed. */
export const versionOf = (fact: { review?: Review | null }) => fact.review?.version ?? 0;
export const officeVersion = (held: OfficeHeld) => versionOf(held as OfficeHeld & WithId);

/**
 * The HOLDS_OFFICE edge behind an office as the person's neighbourhood has it (its id and current
 * version), matched by country, title and start: the id alone would go stale once an edit moves the
 * start. Falls back to the loader's id and version 0 before the neighbourhood has loaded.
 */
export function officeFact(person: NodeId, held: OfficeHeld, around: GraphPayload | undefined) {
  const edge = around?.edges.find(
    (e) =>
      e.kind === "HOLDS_OFFICE" &&
      e.source === person &&
      e.target === held.of.id &&
      e.office?.ar === held.office.ar &&
      (e.from ?? null) === held.from,
  );
  return edge
    ? { id: edge.id as string, version: versionOf(edge) }
    : { id: officeEdgeId(person, held), version: officeVersion(held) };
}
