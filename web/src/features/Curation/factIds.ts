/**
 * Ids and versions of the facts an entity's details name without their edge ids: its PARTICIPATED_IN
 * and HOLDS_OFFICE edges, built the way the loader builds them (graph-seed/load/toBatch.ts). When the
 * server sends the id itself, that wins.
 */
import type { OfficeHeld } from "../../../../model/api.ts";
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
