/**
 * The side panel: a tab list (arrow keys move between tabs, as the ARIA tabs pattern asks) and the
 * chosen panel. Closing it gives the canvas the whole width.
 */
import { useRef } from "react";
import { useT } from "../i18n/useT.ts";
import { PANELS, type PanelName, useViewStore } from "../state/viewState.ts";
import { ErrorBoundary } from "./ErrorBoundary.tsx";
import { PANEL_COMPONENTS } from "./panels.tsx";

export function SidePanel() {
  const { t, lang } = useT();
  const panel = useViewStore((s) => s.panel);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const open = (p: PanelName | null) => useViewStore.getState().set({ panel: p });

  const onKeyDown = (e: React.KeyboardEvent, i: number) => {
    const forward = lang === "ar" ? "ArrowLeft" : "ArrowRight";
    const back = lang === "ar" ? "ArrowRight" : "ArrowLeft";
    if (e.key !== forward && e.key !== back) return;
    e.preventDefault();
    const next = (i + (e.key === forward ? 1 : -1) + PANELS.length) % PANELS.length;
    open(PANELS[next]!);
    tabs.current[next]?.focus();
  };

  const Body = panel ? PANEL_COMPONENTS[panel] : null;
  return (
    <aside className={panel ? "side-panel" : "side-panel closed"} aria-label={t("panels")}>
      <div className="tabs" role="tablist" aria-label={t("panels")}>
        {PANELS.map((p, i) => (
          <button
            key={p}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${p}`}
            aria-selected={panel === p}
            aria-controls="panel-body"
            tabIndex={panel === p || (!panel && i === 0) ? 0 : -1}
            data-testid={`panel-tab-${p}`}
            onClick={() => open(panel === p ? null : p)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {t(`tab_${p}`)}
          </button>
        ))}
      </div>
      {Body && (
        <div id="panel-body" className="panel-body" role="tabpanel" aria-labelledby={`tab-${panel}`}>
          <ErrorBoundary inline resetKey={panel}>
            <Body />
          </ErrorBoundary>
        </div>
      )}
    </aside>
  );
}
