/**
 * The side panel: a tab list (arrow keys move between tabs, as the ARIA tabs pattern asks) and the
 * chosen panel. Closing it gives the canvas the whole width.
 */
import { useRef } from "react";
import { useCanEdit } from "../api/session.ts";
import { SignInInvite } from "../features/Account/SignInInvite.tsx";
import { useT } from "../i18n/useT.ts";
import { PANELS, type PanelName, useViewStore } from "../state/viewState.ts";
import { ErrorBoundary } from "../ui/ErrorBoundary.tsx";
import { LazyBoundary } from "../ui/LazyBoundary.tsx";
import { EDIT_PANELS, PANEL_COMPONENTS } from "./panels.tsx";

export function SidePanel() {
  const { t, lang } = useT();
  const panel = useViewStore((s) => s.panel);
  const canEdit = useCanEdit();
  const tabList = PANELS.filter((p) => canEdit || !EDIT_PANELS.has(p));
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const open = (p: PanelName | null) => useViewStore.getState().set({ panel: p });

  const onKeyDown = (e: React.KeyboardEvent, i: number) => {
    const forward = lang === "ar" ? "ArrowLeft" : "ArrowRight";
    const back = lang === "ar" ? "ArrowRight" : "ArrowLeft";
    if (e.key !== forward && e.key !== back) return;
    e.preventDefault();
    const next = (i + (e.key === forward ? 1 : -1) + tabList.length) % tabList.length;
    open(tabList[next]!);
    tabs.current[next]?.focus();
  };

  // A link may open an edit panel for someone who may not edit: they are told why instead.
  const Body = !panel ? null : !canEdit && EDIT_PANELS.has(panel) ? SignInInvite : PANEL_COMPONENTS[panel];
  return (
    <aside className={panel ? "side-panel" : "side-panel closed"} aria-label={t("panels")}>
      <div className="tabs" role="tablist" aria-label={t("panels")}>
        {tabList.map((p, i) => (
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
            <LazyBoundary>
              <Body />
            </LazyBoundary>
          </ErrorBoundary>
        </div>
      )}
    </aside>
  );
}
