/**
 * The Review tab: for editors the queue of unreviewed events; for everyone the audit log and the
 * corrections a reseed left without a target.
 */
import { useCanEdit } from "../../api/session.ts";
import { useT } from "../../i18n/useT.ts";
import { AuditLog } from "../History/AuditLog.tsx";
import { Orphans } from "../History/Orphans.tsx";
import { ReviewQueue } from "./ReviewQueue.tsx";
import "./review.css";

export function ReviewPanel() {
  const { t } = useT();
  const canEdit = useCanEdit();
  return (
    <div className="feature-panel review-panel" data-testid="review-panel">
      {canEdit ? <ReviewQueue /> : <p className="panel-hint">{t("reviewSignIn")}</p>}
      <Orphans />
      <AuditLog />
    </div>
  );
}
