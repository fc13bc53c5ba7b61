/** The legend doubles as the kind filter: each entry is a toggle button showing the kind's look. */
import { NODE_KINDS } from "../../../../model/kinds.ts";
import { useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";
import { KindBadge } from "./KindBadge.tsx";
import { MinMeetings } from "./MinMeetings.tsx";
import { ShowIsolated } from "./ShowIsolated.tsx";
import { TieLegend } from "./TieLegend.tsx";
import { TopicFilter } from "./TopicFilter.tsx";

export function Legend() {
  const { t } = useT();
  const kinds = useViewStore((s) => s.kinds);
  return (
    <fieldset className="legend">
      <legend>{t("legend")}</legend>
      {NODE_KINDS.map((kind) => {
        const on = kinds.includes(kind);
        return (
          <button
            key={kind}
            type="button"
            aria-pressed={on}
            className={on ? "legend-item" : "legend-item off"}
            data-testid={`legend-kind-${kind}`}
            onClick={() => useViewStore.getState().toggleKind(kind)}
          >
            <KindBadge kind={kind} withLabel />
          </button>
        );
      })}
      <TieLegend />
      <TopicFilter />
      <MinMeetings />
      <ShowIsolated />
    </fieldset>
  );
}
