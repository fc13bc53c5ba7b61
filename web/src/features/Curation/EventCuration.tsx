/** An event's review controls in its details (editors only): confirm, reject, or edit it in place. */
import { useState } from "react";
import type { NodeDetails } from "../../../../model/api.ts";
import { curationApi } from "../../api/curation.ts";
import { useCanEdit } from "../../api/session.ts";
import { useCuration } from "../../api/useCuration.ts";
import { useT } from "../../i18n/useT.ts";
import { EventEditForm } from "../Review/EventEditForm.tsx";
import { WriteError } from "../Review/WriteError.tsx";
import { versionOf } from "./factIds.ts";

export function EventCuration({ details }: { details: NodeDetails }) {
  const { t } = useT();
  const canEdit = useCanEdit();
  const [editing, setEditing] = useState(false);
  const { node } = details;
  const status = useCuration((s: "confirmed" | "rejected") =>
    curationApi.setStatus({ target: { kind: "event", id: node.id }, status: s, version: versionOf(node) }),
  );
  const own = details.events.find((e) => e.event.id === node.id);
  if (!canEdit || node.kind !== "Event") return null;
  return (
    <section className="event-curation" data-testid="event-curation" aria-label={t("curate")}>
      <div className="button-row">
        <button type="button" data-testid="event-confirm" onClick={() => status.mutate("confirmed")}>
          ✓ {t("confirm")}
        </button>
        <button type="button" data-testid="event-reject" onClick={() => status.mutate("rejected")}>
          ✗ {t("reject")}
        </button>
        {own && (
          <button type="button" data-testid="event-edit" onClick={() => setEditing((v) => !v)}>
            ✎ {t("edit")}
          </button>
        )}
      </div>
      <WriteError error={status.error} />
      {editing && own && <EventEditForm item={{ ...own, event: node }} onDone={() => setEditing(false)} />}
    </section>
  );
}
