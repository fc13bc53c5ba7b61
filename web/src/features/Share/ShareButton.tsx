/** Copies the current URL (the whole view lives in it); falls back to showing the link to copy by hand. */
import { useState } from "react";
import { useT } from "../../i18n/useT.ts";

export function ShareButton() {
  const { t } = useT();
  const [state, setState] = useState<"idle" | "copied" | "manual">("idle");
  const share = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState("copied");
    } catch {
      setState("manual");
    }
    setTimeout(() => setState("idle"), 4000);
  };
  return (
    <span className="share">
      <button type="button" data-testid="share-button" onClick={share}>
        {t("share")}
      </button>
      <span role="status" aria-live="polite" className="share-note">
        {state === "copied" && t("shareCopied")}
        {state === "manual" && (
          <>
            {t("shareManual")} <input readOnly value={window.location.href} aria-label={t("share")} />
          </>
        )}
      </span>
    </span>
  );
}
