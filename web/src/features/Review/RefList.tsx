/** A set of entities being edited: chips with a remove button each, and a picker to add one more. */
import { useState } from "react";
import type { NodeRef } from "../../../../model/api.ts";
import { useT } from "../../i18n/useT.ts";
import { EntityPicker } from "../PathFinder/EntityPicker.tsx";

interface Props {
  legend: string;
  addLabel: string;
  testId: string;
  refs: NodeRef[];
  onChange: (refs: NodeRef[]) => void;
}

export function RefList({ legend, addLabel, testId, refs, onChange }: Props) {
  const { t, name } = useT();
  // A new key empties the picker after each pick.
  const [round, setRound] = useState(0);
  return (
    <fieldset className="ref-list" data-testid={testId}>
      <legend>{legend}</legend>
      <ul>
        {refs.map((r) => (
          <li key={r.id} className="chip-removable">
            <span dir="auto">{name(r.name)}</span>
            <button
              type="button"
              aria-label={t("removeThing", { name: name(r.name) })}
              onClick={() => onChange(refs.filter((x) => x.id !== r.id))}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <EntityPicker
        key={round}
        label={addLabel}
        testId={`${testId}-add`}
        value={null}
        onPick={(node) => {
          if (!node) return;
          if (!refs.some((r) => r.id === node.id)) onChange([...refs, node]);
          setRound((n) => n + 1);
        }}
      />
    </fieldset>
  );
}
