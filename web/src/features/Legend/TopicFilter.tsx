/**
 * Filter by topic: only events that discussed one of the checked topics (and what they connect).
 * The list comes from the whole graph, so checking a topic never makes the others disappear.
 */
import { useQuery } from "@tanstack/react-query";
import type { KeyboardEvent } from "react";
import type { NodeId } from "../../../../model/ids.ts";
import { graphQuery } from "../../api/queries.ts";
import { useT } from "../../i18n/useT.ts";
import { useViewStore } from "../../state/viewState.ts";

const ALL_TOPICS = graphQuery({
  view: "events",
  kinds: ["Topic"],
  from: null,
  to: null,
  minWeight: 1,
  topics: [],
});

function toggle(id: NodeId) {
  const { topics, set } = useViewStore.getState();
  set({ topics: topics.includes(id) ? topics.filter((t) => t !== id) : [...topics, id] });
}

/** Escape closes the open dropdown and puts focus back on its toggle, like any menu. */
function closeOnEscape(e: KeyboardEvent<HTMLDetailsElement>) {
  const details = e.currentTarget;
  if (e.key !== "Escape" || !details.open) return;
  e.preventDefault();
  e.stopPropagation();
  details.open = false;
  details.querySelector("summary")?.focus();
}

export function TopicFilter() {
  const { t, name } = useT();
  const chosen = useViewStore((s) => s.topics);
  const { data } = useQuery(ALL_TOPICS);
  const topics = [...(data?.nodes ?? [])].sort((a, b) => name(a.name).localeCompare(name(b.name)));
  return (
    <details className="topic-filter" data-testid="topic-filter" onKeyDown={closeOnEscape}>
      <summary>{chosen.length ? t("topicsChosen", { count: chosen.length }) : t("topicsAll")}</summary>
      <div className="topic-list">
        {chosen.length > 0 && (
          <button type="button" className="link" onClick={() => useViewStore.getState().set({ topics: [] })}>
            {t("topicsClear")}
          </button>
        )}
        {topics.map((topic) => (
          <label key={topic.id} dir="auto">
            <input
              type="checkbox"
              checked={chosen.includes(topic.id)}
              onChange={() => toggle(topic.id)}
              data-testid="topic-option"
            />
            {name(topic.name)}
          </label>
        ))}
      </div>
    </details>
  );
}
