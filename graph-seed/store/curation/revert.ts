/**
 * Reverting a change: the records it touched go back to how they were, as a new change. Refused (409)
 * when a later change that still stands touched any of the same facts: undoing under it would silently
 * undo that one too. Reverting a revert is refused; make the change again instead.
 */
import type { AuditEntry, FactRecords } from "../../../model/curation.ts";
import type { GraphEdge, GraphNode } from "../../../model/graph.ts";
import { refused } from "./context.ts";
import type { Plan, Who } from "./plan.ts";
import { newEntryId } from "./plan.ts";
import { emptyChange, type FactReader } from "./reader.ts";
import { factKindOf, reviewOf } from "./rules.ts";

export function checkRevertable(entry: AuditEntry, entries: AuditEntry[]) {
  if (entry.action === "revert")
    throw refused(`${entry.id} is itself a revert; make the change again instead`);
  const revertedBy = new Map(entries.flatMap((e) => (e.revertOf ? [[e.revertOf, e.id] as const] : [])));
  if (revertedBy.has(entry.id))
    throw refused(`${entry.id} was already reverted by ${revertedBy.get(entry.id)}`);
  const mine = new Set(entry.touched);
  const later = entries.slice(entries.indexOf(entry) + 1);
  const blocking = later.filter(
    (e) => e.action !== "revert" && !revertedBy.has(e.id) && e.touched.some((id) => mine.has(id)),
  );
  if (blocking.length > 0) {
    throw refused(
      `later changes touched the same facts (${blocking.map((e) => e.id).join(", ")}); revert those first`,
    );
  }
}

/** A restored record keeps counting versions up, so an editor holding an old version still conflicts. */
function restored<T extends GraphNode | GraphEdge>(old: T, current: T | null, who: Who): T {
  if (!factKindOf(old)) return old;
  const version = Math.max(reviewOf(current).version, reviewOf(old).version) + 1;
  return { ...old, review: { ...reviewOf(old), by: who.by, at: who.at, version } };
}

export async function planRevert(reader: FactReader, entry: AuditEntry, who: Who): Promise<Plan> {
  const change = emptyChange();
  const before: FactRecords = { nodes: {}, edges: {} };
  const events = new Set<string>();
  for (const [id, old] of Object.entries(entry.before.nodes)) {
    const current = await reader.node(id);
    before.nodes[id] = current;
    change.nodes.set(id, old ? restored(old, current, who) : null);
    if ((old ?? current)?.kind === "Event") events.add(id);
  }
  for (const [id, old] of Object.entries(entry.before.edges)) {
    const current = await reader.edge(id);
    before.edges[id] = current;
    change.edges.set(id, old ? restored(old, current, who) : null);
    const any = old ?? current;
    if (any?.kind === "PARTICIPATED_IN") events.add(any.target);
  }
  const revert: AuditEntry = {
    id: newEntryId(who.at),
    at: who.at,
    by: who.by,
    action: "revert",
    target: entry.target,
    touched: entry.touched,
    anchors: entry.anchors,
    input: { action: "revert", entryId: entry.id },
    before,
    after: { nodes: Object.fromEntries(change.nodes), edges: Object.fromEntries(change.edges) },
    reason: who.reason ?? null,
    revertOf: entry.id,
  };
  const reviews = [...change.nodes.values(), ...change.edges.values()].flatMap((r) => {
    const kind = r && factKindOf(r);
    return r && kind ? [{ kind, id: r.id, review: reviewOf(r) }] : [];
  });
  return { change, entries: [revert], reviews, created: [], events };
}
