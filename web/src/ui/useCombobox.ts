/**
 * One combobox behaviour (ARIA 1.2 combobox with a listbox popup) for every type-to-find field: the
 * header search and the path finder's pickers. Arrows move through the options and wrap (from nothing
 * highlighted, Down goes to the first and Up to the last), Enter picks the highlighted option or the
 * first, Escape closes, leaving the field closes; typing reopens the list with nothing highlighted.
 */
import { useState } from "react";

interface Options<T> {
  listId: string;
  options: readonly T[];
  onPick: (option: T) => void;
  /** The list is worth showing (e.g. there is a query); `open` alone only says the user wants it. */
  showable: boolean;
}

export function useCombobox<T>({ listId, options, onPick, showable }: Options<T>) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const expanded = open && showable;
  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const pick = (option: T) => {
    close();
    onPick(option);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      setOpen(true);
      const n = options.length;
      const step = e.key === "ArrowDown" ? 1 : -1;
      if (n > 0) setActive((i) => (i < 0 ? (step > 0 ? 0 : n - 1) : (i + step + n) % n));
    } else if (e.key === "Enter" && expanded && (options[active] ?? options[0]) !== undefined) {
      pick((options[active] ?? options[0]) as T);
    } else if (e.key === "Escape") close();
    else return;
    e.preventDefault();
  };

  return {
    expanded,
    active,
    pick,
    optionId: (i: number) => `${listId}-${i}`,
    /** Call from the field's onChange: the text changed, so the list reopens from the top. */
    typed: () => {
      setOpen(true);
      setActive(-1);
    },
    inputProps: {
      role: "combobox" as const,
      "aria-autocomplete": "list" as const,
      "aria-expanded": expanded,
      "aria-controls": listId,
      "aria-activedescendant":
        expanded && active >= 0 && active < options.length ? `${listId}-${active}` : undefined,
      onKeyDown,
      onFocus: () => setOpen(true),
      onBlur: close,
    },
  };
}
