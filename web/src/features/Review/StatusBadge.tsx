/**
 * A fact's review status as a small mark (✓ confirmed, ✎ edited, ✗ rejected; nothing for a fact nobody
 * reviewed yet), with who and when in its title and accessible name.
 */
import { useT } from "../../i18n/useT.ts";
import "./review.css";
import type { Review } from "../../../../model/graph.ts";
import { STATUS_MARK, statusOf } from "../../graph/reviewStatus.ts";

export function useStatusText() {
  const { t } = useT();
  return (review: Review | null | undefined) => {
    const status = t(`st_${review?.status ?? "extracted"}`);
    if (!review || review.status === "extracted" || !review.by) return status;
    return t("statusBy", { status, by: review.by, at: (review.at ?? "").slice(0, 16).replace("T", " ") });
  };
}

export function StatusBadge({ review }: { review: Review | null | undefined }) {
  const text = useStatusText();
  const status = statusOf({ review });
  if (status === "extracted") return null;
  return (
    <span
      className={`status-badge status-${status}`}
      data-testid="status-badge"
      data-status={status}
      title={text(review)}
      role="img"
      aria-label={text(review)}
    >
      {STATUS_MARK[status]}
    </span>
  );
}
