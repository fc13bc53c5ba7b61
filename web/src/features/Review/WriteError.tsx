/**
 * A refused write, said plainly: a 409 names who changed the fact meanwhile and offers a reload (the
 * editor's view is stale, retrying as is would fail again); a 401/403 invites signing in; anything else
 * shows the server's message.
 */
import { useQueryClient } from "@tanstack/react-query";
import { writeProblem } from "../../api/conflict.ts";
import { invalidateCurated } from "../../api/useCuration.ts";
import { useT } from "../../i18n/useT.ts";
import { SignInInvite } from "../Account/SignInInvite.tsx";
import { useAuthRefusal } from "../Account/useAuthRefusal.ts";

export function WriteError({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t } = useT();
  const client = useQueryClient();
  const problem = writeProblem(error);
  // A 401/403 (session ended, role changed) rechecks who is signed in and invites signing in again.
  const refused = useAuthRefusal(error);
  if (!problem) return null;
  if (refused) return <SignInInvite />;
  if (!problem.conflict)
    return (
      <p role="alert" className="write-error" data-testid="write-error" dir="auto">
        {t("saveFailed", { message: problem.message })}
      </p>
    );
  return (
    <div role="alert" className="write-error conflict" data-testid="write-conflict">
      <span dir="auto">{t("conflict", { by: problem.by ?? t("someoneElse") })}</span>{" "}
      <button
        type="button"
        onClick={() => {
          onReload?.();
          void invalidateCurated(client);
        }}
      >
        {t("reload")}
      </button>
    </div>
  );
}
