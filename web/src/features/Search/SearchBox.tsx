/**
 * Search with autocomplete (ARIA combobox): type in Arabic or English, arrows move through the
 * suggestions, Enter picks, Escape closes. Picking centres, highlights and selects the node.
 */
import { useQuery } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import type { SearchHit } from "../../../../model/api.ts";
import { searchQuery } from "../../api/queries.ts";
import { useVisibleGraph } from "../../graph/useVisibleGraph.ts";
import { useT } from "../../i18n/useT.ts";
import { pickNode } from "./pickNode.ts";
import { SearchOptions } from "./SearchOptions.tsx";
import { useDebounced } from "./useDebounced.ts";

export function SearchBox() {
  const { t } = useT();
  const listId = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const q = useDebounced(text.trim(), 200);
  const { data: hits, isFetching, error } = useQuery(searchQuery(q));
  const { data: graph } = useVisibleGraph();
  const visibleIds = useMemo(() => new Set<string>(graph?.nodes.map((n) => n.id) ?? []), [graph]);
  const options = q && hits ? hits : [];
  const showList = open && q.length > 0;

  const choose = (hit: SearchHit) => {
    pickNode(hit.node.id, visibleIds);
    setText("");
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const step = e.key === "ArrowDown" ? 1 : -1;
      // From "nothing highlighted", Down goes to the first option and Up to the last.
      setActive((i) =>
        i < 0 ? (step > 0 ? 0 : options.length - 1) : (i + step + options.length) % options.length,
      );
    } else if (e.key === "Enter") {
      const hit = options[active] ?? options[0];
      if (hit && showList) {
        e.preventDefault();
        choose(hit);
      }
    } else if (e.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="search">
      <input
        type="search"
        data-testid="search-input"
        role="combobox"
        aria-label={t("searchLabel")}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={t("searchPlaceholder")}
        dir="auto"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      {showList && (
        <SearchOptions
          id={listId}
          hits={options}
          active={active}
          busy={isFetching || q !== text.trim()}
          error={error}
          onChoose={choose}
        />
      )}
    </div>
  );
}
