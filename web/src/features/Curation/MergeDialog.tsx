/**
 * Merge this entity into another: pick the other, read what will happen, confirm. The server refuses a
 * merge with itself or with another kind; its message is shown as is. After a merge this entity is
 * gone, so the selection moves to the one it went into.
 */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import type { NodeRef } from "../../../../model/api.ts";
import type { GraphNode } from "../../../../model/graph.ts";
import { curationApi } from "../../api/curation.ts";
import { nodeQuery } from "../../api/queries.ts";
import { useCuration } from "../../api/useCuration.ts";
import { useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";
import { EntityPicker } from "../PathFinder/EntityPicker.tsx";
import { WriteError } from "../Review/WriteError.tsx";
import { versionOf } from "./factIds.ts";

export function MergeDialog({ node }: { node: GraphNode }) {
  const { t, name } = useT();
  const [into, setInto] = useState<NodeRef | null>(null);
  const [asked, setAsked] = useState(false);
  const target = useQuery({ ...nodeQuery(into?.id ?? ""), enabled: into !== null });
  const merge = useCuration((other: NodeRef) =>
    curationApi.merge(node.id, {
      into: other.id,
      version: versionOf(node),
      intoVersion: target.data ? versionOf(target.data.node) : 0,
    }),
  );
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asked) confirmButton.current?.focus();
  }, [asked]);

  return (
    <div className="merge-dialog" data-testid="merge-dialog">
      <EntityPicker
        label={t("mergeWith")}
        testId="merge-picker"
        value={null}
        onPick={(n) => {
          setInto(n);
          setAsked(false);
          merge.reset();
        }}
      />
      <button type="button" disabled={!into} data-testid="merge-next" onClick={() => setAsked(true)}>
        {t("mergeConfirm")}…
      </button>
      {into && asked && (
        <div
          role="alertdialog"
          aria-labelledby="merge-question"
          className="confirm-box"
          onKeyDown={(e) => {
            if (e.key === "Escape") setAsked(false);
          }}
        >
          <p id="merge-question" dir="auto" data-testid="merge-question">
            {t("mergeQuestion", { from: name(node.name), into: name(into.name) })}
          </p>
          <div className="button-row">
            <button
              type="button"
              ref={confirmButton}
              data-testid="merge-confirm"
              disabled={merge.isPending}
              onClick={() => merge.mutate(into, { onSuccess: () => useViewStore.getState().select(into.id) })}
            >
              {t("mergeConfirm")}
            </button>
            <button type="button" onClick={() => setAsked(false)}>
              {t("cancel")}
            </button>
          </div>
          <WriteError error={merge.error} />
        </div>
      )}
    </div>
  );
}
