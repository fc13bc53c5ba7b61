/**
 * A combobox over /api/search: type a name in either script, pick with arrows + Enter or the mouse.
 * Reports the picked node; shows the current node's name when one is already chosen (e.g. from a link).
 */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import type { NodeRef } from "../../../../model/api.ts";
import { nodeQuery, searchQuery } from "../../api/queries.ts";
import { displayName, useT } from "../../i18n/useT.ts";
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
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const current = useQuery({ ...nodeQuery(value ?? ""), enabled: value !== null });
  // Show the chosen node's name in the box once known, in the current language.
  useEffect(() => {
    if (current.data) setText(displayName(current.data.node.name, lang));
  }, [current.data, lang]);
  const q = useDebounced(text.trim(), 150);
  const hits = useQuery({ ...searchQuery(q), enabled: open && q.length > 0 });
  const options = hits.data ?? [];
  const pick = (node: NodeRef) => {
    setText(name(node.name));
    setOpen(false);
    onPick(node);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === "ArrowDown") setActive((i) => Math.min(i + 1, options.length - 1));
    else if (e.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
    else if (e.key === "Enter" && open && options[active]) pick(options[active].node);
    else if (e.key === "Escape") setOpen(false);
    else return;
    e.preventDefault();
  };
  return (
    <div className="picker">
      <label htmlFor={`${listId}-input`}>{label}</label>
      <input
        id={`${listId}-input`}
        data-testid={testId}
        role="combobox"
        dir="auto"
        autoComplete="off"
        placeholder={t("pathPickHint")}
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
          if (value) onPick(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {open && q.length > 0 && (
        <div id={listId} role="listbox" className="picker-options">
          {hits.isFetching && options.length === 0 && <div className="picker-note">{t("f_searching")}</div>}
          {!hits.isFetching && options.length === 0 && <div className="picker-note">{t("f_noMatches")}</div>}
          {options.map((hit, i) => (
            <div
              key={hit.node.id}
              tabIndex={-1}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              data-testid={`${testId}-option`}
              className={i === active ? "picker-option active" : "picker-option"}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(hit.node);
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
