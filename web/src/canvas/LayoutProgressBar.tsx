/** While the worker lays the graph out: how far it is, and a button to stop it where it is. */
import { useT } from "../i18n/useT.ts";
import { useLayoutProgress } from "./layoutProgress.ts";

export function LayoutProgressBar() {
  const { t } = useT();
  const { running, done, total, cancel } = useLayoutProgress();
  if (!running) return null;
  const percent = total > 0 ? Math.round((100 * done) / total) : 0;
  return (
    <div className="layout-progress" data-testid="layout-progress" data-done={done} data-total={total}>
      <span role="status">{t("layoutRunning", { percent })}</span>
      <progress max={total} value={done} aria-label={t("layoutRunning", { percent })} />
      <button type="button" data-testid="layout-cancel" onClick={() => cancel?.()}>
        {t("layoutCancel")}
      </button>
    </div>
  );
}
