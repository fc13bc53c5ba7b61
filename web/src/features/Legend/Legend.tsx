/** The legend doubles as the kind filter: each entry is a toggle button showing the kind's look. */
import { NODE_KINDS } from "../../../../model/kinds.ts";
import { useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";
import { KindBadge } from "./KindBadge.tsx";
import { LegendToggle } from "./LegendToggle.tsx";
import { MinMeetings } from "./MinMeetings.tsx";
import { ReviewFilter } from "./ReviewFilter.tsx";
import { ShowIsolated } from "./ShowIsolated.tsx";
import { TieLegend } from "./TieLegend.tsx";
import { TopicFilter } from "./TopicFilter.tsx";

export function Legend() {
  const { t } = useT();
  const kinds = useViewStore((s) => s.kinds);
  return (
    <fieldset className="legend">
      <legend>{t("legend")}</legend>
      {NODE_KINDS.map((kind) => (
        <LegendToggle
          key={kind}
          on={kinds.includes(kind)}
          testId={`legend-kind-${kind}`}
          onToggle={() => useViewStore.getState().toggleKind(kind)}
        >
          <KindBadge kind={kind} withLabel />
        </LegendToggle>
      ))}
      <TieLegend />
      <TopicFilter />
      <MinMeetings />
      <ShowIsolated />
      <ReviewFilter />
    </fieldset>
  );
}
