/**
 * Add an article: paste Arabic text with its title, date and source, preview what would be extracted
 * (a dry run, nothing saved), then add it; graph queries are refreshed so the new nodes appear.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { IngestBody } from "../../../../model/api.ts";
import { useT } from "../../i18n/useT.ts";
import { SignInInvite } from "../Account/SignInInvite.tsx";
import { useAuthRefusal } from "../Account/useAuthRefusal.ts";
import { ExtractionPreview } from "./ExtractionPreview.tsx";
import { IngestFields, type IngestForm } from "./IngestFields.tsx";
import { IngestOutcome } from "./IngestOutcome.tsx";
import { ingestArticle } from "./ingestArticle.ts";
import "./ingest.css";

const EMPTY: IngestForm = { text: "", title: "", published: "", source: "" };

const bodyOf = (f: IngestForm, dryRun: boolean): IngestBody => ({
  text: f.text,
  title: f.title.trim() || null,
  published: f.published || null,
  source: f.source.trim() || null,
  dryRun,
});

export function IngestPanel() {
  const { t } = useT();
  const client = useQueryClient();
  const [form, setForm] = useState(EMPTY);
  const preview = useMutation({ mutationFn: (f: IngestForm) => ingestArticle(bodyOf(f, true)) });
  const commit = useMutation({
    mutationFn: (f: IngestForm) => ingestArticle(bodyOf(f, false)),
    // Every graph-shaped query may now be stale: graph, search, nodes, timeline, stats.
    onSuccess: () => client.invalidateQueries(),
  });
  const busy = preview.isPending || commit.isPending;
  const empty = form.text.trim().length === 0;
  const error = preview.error ?? commit.error;
  const refused = useAuthRefusal(error);
  const edit = (f: IngestForm) => {
    setForm(f);
    if (preview.data) preview.reset();
    if (commit.data || commit.error) commit.reset();
  };
  return (
    <section className="feature-panel ingest-panel" aria-labelledby="ingest-title-h">
      <h2 id="ingest-title-h">{t("ingest")}</h2>
      <form data-testid="ingest-form" className="ingest-form" onSubmit={(e) => e.preventDefault()}>
        <IngestFields form={form} onChange={edit} />
        <div className="ingest-actions">
          <button
            type="button"
            data-testid="ingest-preview"
            disabled={busy || empty}
            onClick={() => preview.mutate(form)}
          >
            {t("ingestPreview")}
          </button>
          <button
            type="button"
            data-testid="ingest-confirm"
            className="primary"
            disabled={busy || empty}
            onClick={() => commit.mutate(form)}
          >
            {t("ingestConfirm")}
          </button>
          {busy && <span role="status">{t("ingestWorking")}</span>}
        </div>
      </form>
      {error && (
        <p role="alert" className="feature-error">
          {t("ingestFailed", { message: error.message })}
        </p>
      )}
      {refused && <SignInInvite />}
      {commit.data && <IngestOutcome result={commit.data} />}
      {preview.data && !commit.data && (
        <div data-testid="ingest-preview-result">
          <p className="feature-note">{t("ingestPreviewNote")}</p>
          <ExtractionPreview extraction={preview.data.extraction} text={form.text} />
        </div>
      )}
    </section>
  );
}
