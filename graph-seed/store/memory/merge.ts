/** Merge rules of upsert: scalar fields overwritten by what is given, lists (evidence, aliases) unioned. */
import { eventDays } from "../../../model/dateInterval.ts";
import type { GraphEdge, GraphNode, Provenance } from "../../../model/graph.ts";

const provenanceKey = (p: Provenance) => `${p.articleId}\u0000${p.start}\u0000${p.end}`;

/** A stable order for provenance lists, so answers do not depend on insertion order. */
export const byProvenance = (a: Provenance, b: Provenance) =>
  a.articleId < b.articleId
    ? -1
    : a.articleId > b.articleId
      ? 1
      : a.start - b.start || a.end - b.end || (a.mentionStart ?? 0) - (b.mentionStart ?? 0);

/** Union by (articleId, start, end); the newer copy of a span wins (its mention offsets may be better). */
export function unionEvidence(a: Provenance[], b: Provenance[]): Provenance[] {
  const byKey = new Map<string, Provenance>();
  for (const p of [...a, ...b]) byKey.set(provenanceKey(p), p);
  return [...byKey.values()];
}

/**
 * Fields the update leaves out or sets to null keep their old value: a second article that does not
 * give an event's date or a participant's role must not erase what the first one said.
 */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== null),
  ) as Partial<T>;
}

export function mergeNode(old: GraphNode, update: GraphNode): GraphNode {
  const merged: GraphNode = { ...old, ...definedOnly(update) };
  merged.name = { ar: update.name.ar || old.name.ar, en: update.name.en ?? old.name.en };
  const aliases = [...new Set([...(old.aliases ?? []), ...(update.aliases ?? [])])];
  if (aliases.length > 0) merged.aliases = aliases;
  const cues = [...new Set([...(old.cues ?? []), ...(update.cues ?? [])])];
  if (cues.length > 0) merged.cues = cues;
  if (merged.kind === "Event" && (update.date || update.dateFrom || update.dateTo)) {
    // Two reports may bound the days differently (one a month, one "before the 21st"): the stored
    // interval is where the merged date and range agree, as if one report had said both.
    const days = eventDays(merged.date, { from: merged.dateFrom ?? null, to: merged.dateTo ?? null });
    merged.dateFrom = days.from;
    merged.dateTo = days.to;
  }
  return merged;
}

export function mergeEdge(old: GraphEdge, update: GraphEdge): GraphEdge {
  return {
    ...old,
    ...definedOnly(update),
    evidence: unionEvidence(old.evidence, update.evidence ?? []),
  };
}

/**
 * Deep equality of plain records for "was anything updated" counts, as their JSON would compare but for
 * key order: a key holding undefined counts as absent. (Serialising both sides of every merged edge, with
 * its evidence quotes, was a third of an ingest's merge.)
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameRecord(x, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = (r: Record<string, unknown>) => Object.keys(r).filter((k) => r[k] !== undefined);
  const xs = keys(x);
  return xs.length === keys(y).length && xs.every((k) => sameRecord(x[k], y[k]));
}
