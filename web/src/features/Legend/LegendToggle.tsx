/** One legend entry that is also a filter toggle: pressed while its kind is shown. */
import type { ReactNode } from "react";

interface Props {
  on: boolean;
  testId: string;
  onToggle: () => void;
  children: ReactNode;
}

export function LegendToggle({ on, testId, onToggle, children }: Props) {
  return (
    <button
      type="button"
      aria-pressed={on}
      className={on ? "legend-item" : "legend-item off"}
      data-testid={testId}
      onClick={onToggle}
    >
      {children}
    </button>
  );
}
