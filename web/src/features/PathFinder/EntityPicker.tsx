/**
 * A combobox over /api/search (the shared behaviour, ui/useCombobox.ts): type a name in either script,
 * pick with arrows + Enter or the mouse.
 * Reports the picked node; shows the current node's name when one is already chosen (e.g. from a link).
 */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import type { NodeRef, SearchHit } from "../../../../model/api.ts";
import { nodeQuery, searchQuery } from "../../api/queries.ts";
import { displayName, useT } from "../../i18n/useT.ts";
import { useCombobox } from "../../ui/useCombobox.ts";
import { KindBadge } from "../Legend/KindBadge.tsx";
import { useDebounced } from "../Search/useDebounced.ts";

interface Props {
  label: string;
  testId: string;
  value: string | null;
  onPick: (node: NodeRef | null) => void;
}

export function EntityPicker({ label, testId, value, onPick }: Props) {
  const { t, name, lang } = useT();
  const listId = useId();
  const [text, setText] = useState("");
  const current = useQuery({ ...nodeQuery(value ?? ""), enabled: value !== null });
  // Show the chosen node's name in the box once known, in the current language.
  useEffect(() => {
    if (current.data) setText(displayName(current.data.node.name, lang));
  }, [current.data, lang]);
  const q = useDebounced(text.trim(), 150);
  const [wanted, setWanted] = useState(false);
  const hits = useQuery({ ...searchQuery(q), enabled: wanted && q.length > 0 });
  const options = hits.data ?? [];
  const box = useCombobox<SearchHit>({
    listId,
    options,
    // Only once the user typed: a name filled in from a link is not a query.
    showable: wanted && q.length > 0,
    onPick: (hit) => {
      setWanted(false);
      setText(name(hit.node.name));
      onPick(hit.node);
    },
  });
  return (
    <div className="picker">
      <label htmlFor={`${listId}-input`}>{label}</label>
      <input
        id={`${listId}-input`}
        data-testid={testId}
        {...box.inputProps}
        dir="auto"
        autoComplete="off"
        placeholder={t("pathPickHint")}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setWanted(true);
          box.typed();
          if (value) onPick(null);
        }}
      />
      {box.expanded && (
        <div id={listId} role="listbox" className="picker-options">
          {hits.isFetching && options.length === 0 && <div className="picker-note">{t("f_searching")}</div>}
          {!hits.isFetching && options.length === 0 && <div className="picker-note">{t("f_noMatches")}</div>}
          {options.map((hit, i) => (
            <div
              key={hit.node.id}
              tabIndex={-1}
              id={box.optionId(i)}
              role="option"
              aria-selected={i === box.active}
              data-testid={`${testId}-option`}
              className={i === box.active ? "picker-option active" : "picker-option"}
              onMouseDown={(e) => {
                e.preventDefault();
                box.pick(hit);
              }}
            >
              <KindBadge kind={hit.node.kind} /> <span dir="auto">{name(hit.node.name)}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
