/**
 * Search with autocomplete (the shared combobox, ui/useCombobox.ts): type in Arabic or English, arrows
 * move through the suggestions, Enter picks, Escape closes. Picking centres, highlights and selects the node.
 */
import { useQuery } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import type { SearchHit } from "../../../../model/api.ts";
import { searchQuery } from "../../api/queries.ts";
import { useVisibleGraph } from "../../graph/useVisibleGraph.ts";
import { useT } from "../../i18n/useT.ts";
import { useCombobox } from "../../ui/useCombobox.ts";
import { pickNode } from "./pickNode.ts";
import { SearchOptions } from "./SearchOptions.tsx";
import { useDebounced } from "./useDebounced.ts";

export function SearchBox() {
  const { t } = useT();
  const listId = useId();
  const [text, setText] = useState("");
  const q = useDebounced(text.trim(), 200);
  const { data: hits, isFetching, error } = useQuery(searchQuery(q));
  const { data: graph } = useVisibleGraph();
  const visibleIds = useMemo(() => new Set<string>(graph?.nodes.map((n) => n.id) ?? []), [graph]);
  const options = q && hits ? hits : [];
  const box = useCombobox<SearchHit>({
    listId,
    options,
    showable: q.length > 0,
    onPick: (hit) => {
      pickNode(hit.node.id, visibleIds);
      setText("");
    },
  });

  return (
    <div className="search">
      <input
        type="search"
        data-testid="search-input"
        {...box.inputProps}
        aria-label={t("searchLabel")}
        placeholder={t("searchPlaceholder")}
        dir="auto"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          box.typed();
        }}
      />
      {box.expanded && (
        <SearchOptions
          id={listId}
          hits={options}
          active={box.active}
          busy={isFetching || q !== text.trim()}
          error={error}
          onChoose={box.pick}
        />
      )}
    </div>
  );
}
