/** The designed loading, empty and error states shown over the canvas or inside a panel. */
import { useT } from "../i18n/useT.ts";

interface Props {
  kind: "loading" | "empty" | "error";
  message: string;
  onRetry?: () => void;
  /** Label of the action button; "Retry" unless given. */
  actionLabel?: string;
  /** Inline inside a panel instead of over the canvas. */
  inline?: boolean;
}

export function StatusOverlay({ kind, message, onRetry, actionLabel, inline }: Props) {
  const { t } = useT();
  return (
    <div
      className={`status status-${kind}${inline ? " status-inline" : ""}`}
      role={kind === "error" ? "alert" : "status"}
      aria-live="polite"
      data-testid={`status-${kind}`}
    >
      {kind === "loading" && <span className="spinner" aria-hidden="true" />}
      {kind === "error" && <strong>{t("errorTitle")}</strong>}
      <p dir="auto">{message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {actionLabel ?? t("retry")}
        </button>
      )}
    </div>
  );
}
