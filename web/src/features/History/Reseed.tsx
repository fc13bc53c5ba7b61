/**
 * For admins: rebuild the graph from the corpus folder (after the extractor changed, say) and see that
 * every correction was applied again, or how many lost their target.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ReseedResult } from "../../../../model/api.ts";
import { apiUrl, fetchJson } from "../../api/client.ts";
import { useSession } from "../../api/session.ts";
import { invalidateCurated } from "../../api/useCuration.ts";
import { useT } from "../../i18n/useT.ts";

const reseed = () => fetchJson<ReseedResult>(apiUrl("corpus/reseed"), { method: "POST", body: "{}" });

export function Reseed() {
  const { t } = useT();
  const isAdmin = useSession().data?.user?.role === "admin";
  const client = useQueryClient();
  const [asking, setAsking] = useState(false);
  const run = useMutation({ mutationFn: reseed, onSuccess: () => invalidateCurated(client) });
  if (!isAdmin) return null;
  const done = run.data;
  return (
    <section className="reseed" data-testid="reseed">
      <h3>{t("reseedTitle")}</h3>
      <p className="muted">{t("reseedNote")}</p>
      {asking ? (
        <p>
          {t("reseedConfirm")}{" "}
          <button
            type="button"
            data-testid="reseed-confirm"
            disabled={run.isPending}
            onClick={() => {
              setAsking(false);
              run.mutate();
            }}
          >
            {t("reseedYes")}
          </button>{" "}
          <button type="button" onClick={() => setAsking(false)}>
            {t("cancel")}
          </button>
        </p>
      ) : (
        <button
          type="button"
          data-testid="reseed-start"
          disabled={run.isPending}
          onClick={() => setAsking(true)}
        >
          {run.isPending ? t("reseedRunning") : t("reseedStart")}
        </button>
      )}
      {done && (
        <p data-testid="reseed-result" role="status">
          {t("reseedDone", {
            read: done.read,
            applied: done.corrections.applied,
            orphaned: done.corrections.orphaned,
            skipped: done.skipped.length,
          })}
        </p>
      )}
      {run.error && (
        <p className="error" role="alert">
          {run.error.message}
        </p>
      )}
    </section>
  );
}
