/** A fact's review status as the views read it: absent means the extractor's word, not yet reviewed. */
import type { Review, ReviewStatus } from "../../../model/graph.ts";

export const statusOf = (fact: { review?: Review | null }): ReviewStatus =>
  fact.review?.status ?? "extracted";

/** Badge glyphs: quiet marks, so a confirmed graph does not shout. */
export const STATUS_MARK: Record<ReviewStatus, string> = {
  extracted: "·",
  confirmed: "✓",
  edited: "✎",
  rejected: "✗",
};
