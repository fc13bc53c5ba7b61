/** A saved story's links: present, open, embed (an iframe's address), print, and the offline file. */
import { useState } from "react";
import type { Language } from "../../../../model/kinds.ts";
import { download } from "../Toolbar/download.ts";
import type { StoryDraft } from "./draftStore.ts";
import { buildOfflineHtml } from "./offlineHtml.ts";
import { storyLinks } from "./storyApi.ts";
import { storyT } from "./storyText.ts";

const fileName = (draft: StoryDraft) =>
  `${(draft.title.en || draft.id || "story").replace(/[^\w-]+/g, "-").slice(0, 60)}.html`;

export function StoryLinks({ draft, lang }: { draft: StoryDraft; lang: Language }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!draft.id) return <p className="story-hint">{storyT(lang, "saveFirst")}</p>;
  const links = storyLinks(draft.id);
  const downloadHtml = async () => {
    setBusy(true);
    setError(null);
    try {
      const html = await buildOfflineHtml({ ...draft, lang });
      download(fileName(draft), html, "text/html;charset=utf-8");
    } catch (e) {
      setError(String((e as Error).message ?? e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="story-links">
      <a href={links.open} data-testid="story-link">
        {storyT(lang, "storyLink")}
      </a>
      <label>
        {storyT(lang, "embedLink")}
        <input
          readOnly
          dir="ltr"
          value={`<iframe src="${links.embed}" width="800" height="500" title="story"></iframe>`}
          data-testid="story-embed-code"
          onFocus={(e) => e.target.select()}
        />
      </label>
      <a href={links.embed} data-testid="story-embed-link" target="_blank" rel="noreferrer">
        {storyT(lang, "embedLink")}
      </a>
      <a href={links.print} target="_blank" rel="noreferrer" data-testid="story-print">
        {storyT(lang, "print")}
      </a>
      <button type="button" onClick={downloadHtml} disabled={busy} data-testid="story-download">
        {storyT(lang, "downloadHtml")}
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
