/**
 * Split off a new entity (to undo a wrong merge): name it, tick the events (its PARTICIPATED_IN edges)
 * and the mentions that belong to it, and move them.
 */
import { useId, useState } from "react";
import type { NodeDetails } from "../../../../model/api.ts";
import type { SourceSpan } from "../../../../model/curation.ts";
import { curationApi } from "../../api/curation.ts";
import { useCuration } from "../../api/useCuration.ts";
import { eventDateText } from "../../graph/eventDates.ts";
import { useT } from "../../i18n/useT.ts";
import { WriteError } from "../Review/WriteError.tsx";
import { participationId, versionOf } from "./factIds.ts";

const mentionSpan = (m: NodeDetails["mentions"][number]): SourceSpan => ({
  articleId: m.articleId,
  start: m.mentionStart ?? m.start,
  end: m.mentionEnd ?? m.end,
});
const spanKey = (s: SourceSpan) => `${s.articleId}:${s.start}:${s.end}`;

export function SplitForm({ details }: { details: NodeDetails }) {
  const { t, name, lang } = useT();
  const id = useId();
  const { node } = details;
  const [ar, setAr] = useState("");
  const [en, setEn] = useState("");
  const [edges, setEdges] = useState<ReadonlySet<string>>(new Set());
  const [mentions, setMentions] = useState<ReadonlySet<string>>(new Set());
  const split = useCuration(() =>
    curationApi.split(node.id, {
      version: versionOf(node),
      name: { ar: ar.trim(), en: en.trim() || null },
      edges: [...edges],
      mentions: details.mentions.map(mentionSpan).filter((s) => mentions.has(spanKey(s))),
    }),
  );
  const flip = (set: ReadonlySet<string>, key: string) => {
    const next = new Set(set);
    next.has(key) ? next.delete(key) : next.add(key);
    return next;
  };
  const nothing = edges.size + mentions.size === 0;
  return (
    <form
      className="curation-form"
      data-testid="split-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!nothing && ar.trim()) split.mutate();
      }}
    >
      <div className="form-grid">
        <label htmlFor={`${id}-ar`}>{t("splitName")}</label>
        <input
          id={`${id}-ar`}
          dir="rtl"
          lang="ar"
          required
          value={ar}
          onChange={(e) => setAr(e.target.value)}
        />
        <label htmlFor={`${id}-en`}>{t("splitNameEn")}</label>
        <input id={`${id}-en`} dir="ltr" lang="en" value={en} onChange={(e) => setEn(e.target.value)} />
      </div>
      <fieldset>
        <legend>{t("splitChoose")}</legend>
        {details.events.map((ev) => {
          const edge = participationId(node.id, ev.event.id);
          return (
            <label key={edge} className="inline-field" dir="auto">
              <input
                type="checkbox"
                checked={edges.has(edge)}
                onChange={() => setEdges((s) => flip(s, edge))}
              />
              {name(ev.event.name)} · {eventDateText(ev.event, lang) ?? t("undated")}
            </label>
          );
        })}
        {details.mentions.map((m) => {
          const key = spanKey(mentionSpan(m));
          return (
            <label key={key} className="inline-field split-mention" dir="rtl" lang="ar">
              <input
                type="checkbox"
                checked={mentions.has(key)}
                onChange={() => setMentions((s) => flip(s, key))}
              />
              {m.quote.length > 90 ? `${m.quote.slice(0, 90)}…` : m.quote}
            </label>
          );
        })}
      </fieldset>
      {nothing && <p className="muted">{t("splitNothing")}</p>}
      <WriteError error={split.error} />
      {split.isSuccess && <p role="status">{t("done")}</p>}
      <button type="submit" disabled={nothing || !ar.trim() || split.isPending} data-testid="split-submit">
        {t("split")}
      </button>
    </form>
  );
}
