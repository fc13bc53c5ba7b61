/**
 * In the article reader, for editors: select a sentence, then "Add fact from this quote" opens the
 * small form. There is no other way to add a fact, so every hand-made fact has its source.
 */
import { type RefObject, useState } from "react";
import { useCanEdit } from "../../api/session.ts";
import { useT } from "../../i18n/useT.ts";
import { AddFactForm } from "./AddFactForm.tsx";
import { useQuoteSelection } from "./quoteSelection.ts";
import "./curation.css";

export function QuoteToFact({
  articleId,
  container,
}: {
  articleId: string;
  container: RefObject<HTMLElement | null>;
}) {
  const { t } = useT();
  const canEdit = useCanEdit();
  const span = useQuoteSelection(container);
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  if (!canEdit) return null;
  return (
    <div className="quote-to-fact" data-testid="quote-to-fact">
      {!open && (
        <>
          <button
            type="button"
            data-testid="add-fact-from-quote"
            disabled={!span}
            onClick={() => {
              setOpen(true);
              setSaved(false);
            }}
          >
            ＋ {t("addFactFromQuote")}
          </button>{" "}
          {!span && <span className="muted">{t("addFactHint")}</span>}
          {saved && <span role="status">{t("addFactSaved")}</span>}
        </>
      )}
      {open && span && (
        <AddFactForm
          articleId={articleId}
          span={span}
          onDone={(done) => {
            setOpen(false);
            setSaved(done);
          }}
        />
      )}
    </div>
  );
}
