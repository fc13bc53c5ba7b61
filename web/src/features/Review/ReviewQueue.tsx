/**
 * The review queue: unreviewed events, least sure first, with how many are left. The list is one
 * keyboard stop: j/k or ↓/↑ move, c confirms, x rejects, e edits, Space ticks for bulk confirm. The
 * event in focus shows its sentence inside the article.
 */
import { useRef, useState } from "react";
import type { ReviewQueueItem } from "../../../../model/curation.ts";
import { useT } from "../../i18n/useT.ts";
import { StatusOverlay } from "../../ui/StatusOverlay.tsx";
import { EventEditForm } from "./EventEditForm.tsx";
import { QueueRow } from "./QueueRow.tsx";
import { QueueSentence } from "./QueueSentence.tsx";
import { queueAction } from "./queueKeys.ts";
import { useReviewQueue } from "./useReviewQueue.ts";
import { WriteError } from "./WriteError.tsx";

export function ReviewQueue() {
  const { t } = useT();
  const q = useReviewQueue();
  // The event being edited, held apart from the one in focus: a background refetch that reorders the
  // queue must not swap the form (and the editor's draft) for another event.
  const [editing, setEditing] = useState<ReviewQueueItem | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const { current } = q;

  const onKeyDown = (e: React.KeyboardEvent) => {
    const action = queueAction(e);
    if (!action) return;
    e.preventDefault();
    if (action === "next") q.move(1);
    else if (action === "previous") q.move(-1);
    else if (!current) return;
    else if (action === "confirm") q.decide(current, "confirmed");
    else if (action === "reject") q.decide(current, "rejected");
    else if (action === "edit") setEditing(current);
    else q.toggleTick(current.event.id);
  };

  if (q.query.isPending) return <StatusOverlay inline kind="loading" message={t("loading")} />;
  if (q.query.error)
    return (
      <StatusOverlay
        inline
        kind="error"
        message={q.query.error.message}
        onRetry={() => void q.query.refetch()}
      />
    );
  return (
    <section className="review-queue" aria-labelledby="review-title" data-testid="review-queue">
      <h2 id="review-title">{t("reviewTitle")}</h2>
      <p className="feature-count" aria-live="polite" data-testid="review-left" data-left={q.left}>
        {q.left > 0 ? t("reviewLeft", { count: q.left }) : t("reviewDone")}
      </p>
      <p className="muted review-keys" id="review-keys">
        {t("reviewKeys")}
      </p>
      <WriteError
        error={q.error}
        onReload={() => {
          q.clearError();
          q.forget();
        }}
      />
      {q.ticked.size > 0 && (
        <button type="button" data-testid="bulk-confirm" onClick={q.confirmTicked}>
          {t("bulkConfirm", { count: q.ticked.size })}
        </button>
      )}
      {q.items.length > 0 && (
        <div
          ref={list}
          className="queue-list"
          role="listbox"
          aria-label={t("reviewList")}
          aria-describedby="review-keys"
          aria-activedescendant={current ? `queue-row-${q.at}` : undefined}
          tabIndex={0}
          data-testid="queue-list"
          onKeyDown={onKeyDown}
        >
          {q.items.map((item, i) => (
            <QueueRow
              key={item.event.id}
              item={item}
              index={i}
              active={i === q.at}
              ticked={q.ticked.has(item.event.id)}
              onTick={() => q.toggleTick(item.event.id)}
              onFocusRow={() => {
                q.moveTo(i);
                list.current?.focus();
              }}
            />
          ))}
        </div>
      )}
      {current && editing === null && (
        <div className="queue-current">
          <QueueSentence item={current} />
          <div className="button-row">
            <button type="button" data-testid="queue-confirm" onClick={() => q.decide(current, "confirmed")}>
              ✓ {t("confirm")}
            </button>
            <button type="button" data-testid="queue-reject" onClick={() => q.decide(current, "rejected")}>
              ✗ {t("reject")}
            </button>
            <button type="button" data-testid="queue-edit" onClick={() => setEditing(current)}>
              ✎ {t("edit")}
            </button>
          </div>
        </div>
      )}
      {editing && (
        <EventEditForm
          key={editing.event.id}
          item={editing}
          onDone={() => {
            setEditing(null);
            list.current?.focus();
          }}
        />
      )}
    </section>
  );
}
