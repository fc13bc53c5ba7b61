/**
 * Which sentence supports one step of a path: one that names both ends, never merely a sentence from the
 * same report. Where none does, the step says so (inferred) and why, instead of showing an unrelated quote.
 */
import type { PathStep } from "../../../model/api.ts";
import type { GraphEdge, Provenance } from "../../../model/graph.ts";
import { isTieKind } from "../../../model/kinds.ts";
import { noSentenceReason, unnamedStepReason } from "./tieReason.ts";

export type StepSupport = Pick<PathStep, "quote" | "inferred" | "reason">;

/** The mention the loader found for the entity lies inside the sentence: the sentence names it. */
const namesEntity = (p: Provenance) =>
  p.mentionStart !== undefined &&
  p.mentionEnd !== undefined &&
  p.mentionStart >= p.start &&
  p.mentionEnd <= p.end;

const stated = (quote: Provenance): StepSupport => ({ quote, inferred: false, reason: null });
const inferred = (reason: string): StepSupport => ({ quote: null, inferred: true, reason });

export function stepSupport(edge: GraphEdge): StepSupport {
  if (edge.evidence.length === 0) return inferred(noSentenceReason(edge.origin));
  // Ties were checked when derived: their evidence names both people unless they are marked inferred.
  if (isTieKind(edge.kind) && edge.inferred !== undefined) {
    return edge.inferred
      ? inferred(edge.inferredReason ?? unnamedStepReason(edge.evidence))
      : stated(edge.evidence[0]!);
  }
  // An office is read off the sentence that names the holder with the title ("the Russian president
  // Vladimir Putin"), so that sentence names both ends by construction.
  if (edge.kind === "HOLDS_OFFICE") return stated(edge.evidence[0]!);
  // Entity–event edges quote the event's own sentences: one names both ends when it also names the entity.
  const naming = edge.evidence.find(namesEntity);
  return naming ? stated(naming) : inferred(unnamedStepReason(edge.evidence));
}
