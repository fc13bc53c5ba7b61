/**
 * The extractor's own view of an event, kept quiet: "confidence 0.62 · rules: meeting-verb, dateline".
 * Nothing at all when it gave neither, since a missing score is not a low one.
 */
import type { GraphNode } from "../../../../model/graph.ts";
import { useT } from "../../i18n/useT.ts";

interface Props {
  event: GraphNode;
  /** The viewing participant's own score for taking part, where the extractor gave one. */
  participation?: number | null;
}

const fixed = (n: number) => n.toFixed(2);

export function EventScores({ event, participation }: Props) {
  const { t } = useT();
  const parts: string[] = [];
  if (typeof event.confidence === "number") parts.push(t("confidence", { n: fixed(event.confidence) }));
  if (typeof participation === "number" && participation !== event.confidence)
    parts.push(t("participation", { n: fixed(participation) }));
  if (event.cues?.length) parts.push(t("rules", { list: event.cues.join(", ") }));
  if (parts.length === 0) return null;
  return (
    <p className="event-scores muted" data-testid="event-scores">
      {parts.join(" · ")}
    </p>
  );
}
