/** Checks a batch before it touches the store: every edge end known, every offset inside the text. */
import type { GraphBatch, Provenance } from "../../model/graph.ts";

function provenanceProblems(
  where: string,
  evidence: Provenance[],
  text: string,
  articleId: string,
): string[] {
  return evidence
    .filter((p) => p.articleId === articleId)
    .flatMap((p) => {
      if (!(p.start >= 0 && p.start <= p.end && p.end <= text.length)) {
        return [`${where}: evidence offsets ${p.start}–${p.end} outside the text`];
      }
      if (text.slice(p.start, p.end) !== p.quote) return [`${where}: evidence quote does not match the text`];
      return [];
    });
}

/**
 * Returns the problems found (empty when the batch is sound). `known` says whether a node id the batch
 * refers to but does not carry is already in the store.
 */
export function batchProblems(
  batch: GraphBatch,
  text: string,
  articleId: string,
  known: ReadonlySet<string>,
): string[] {
  const ids = new Set<string>(batch.nodes.map((n) => n.id));
  const problems: string[] = [];
  for (const edge of batch.edges) {
    for (const end of [edge.source, edge.target]) {
      if (!ids.has(end) && !known.has(end)) problems.push(`edge ${edge.id}: unknown node ${end}`);
    }
    problems.push(...provenanceProblems(`edge ${edge.id}`, edge.evidence, text, articleId));
  }
  return problems;
}

/** Node ids edges point at that the batch itself does not carry (they must already be in the store). */
export function externalEnds(batch: GraphBatch): string[] {
  const ids = new Set<string>(batch.nodes.map((n) => n.id));
  return [...new Set(batch.edges.flatMap((e) => [e.source, e.target]).filter((id) => !ids.has(id)))];
}
