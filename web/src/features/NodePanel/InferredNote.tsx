/**
 * Shown instead of a quote where no sentence names both ends of a step or tie: the graph read the
 * connection off other facts, and says so rather than quoting a sentence about something else.
 */
import { type PhraseKey, useT } from "../../i18n/useT.ts";

interface Props {
  /** The API's reason, in English (it names the events and articles). */
  reason: string | null | undefined;
  /** Which explanation to give: a tie between two people, or one step of a path. */
  what: "tie" | "step";
}

const WHY: Record<Props["what"], PhraseKey> = { tie: "inferredTie", step: "inferredStep" };

export function InferredNote({ reason, what }: Props) {
  const { t } = useT();
  return (
    <p className="inferred-note" data-testid="inferred">
      <span className="tag inferred">{t("inferred")}</span> {t(WHY[what])}
      {reason && (
        <small lang="en" dir="ltr" className="inferred-reason">
          {" "}
          ({reason})
        </small>
      )}
    </p>
  );
}
