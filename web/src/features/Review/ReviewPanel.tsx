/**
 * The Review tab: for editors the queue of unreviewed events; for everyone the audit log and the
 * corrections a reseed left without a target.
 */
import { useCanEdit } from "../../api/session.ts";
import { SignInInvite } from "../Account/SignInInvite.tsx";
import { AuditLog } from "../History/AuditLog.tsx";
import { Orphans } from "../History/Orphans.tsx";
import { Reseed } from "../History/Reseed.tsx";
import { ReviewQueue } from "./ReviewQueue.tsx";
import "./review.css";

export function ReviewPanel() {
  const canEdit = useCanEdit();
  return (
    <div className="feature-panel review-panel" data-testid="review-panel">
      {canEdit ? <ReviewQueue /> : <SignInInvite />}
      <Reseed />
      <Orphans />
      <AuditLog />
    </div>
  );
}
