/**
 * The header's account corner: who is signed in with a Sign out button, or a Sign in button, or, on a
 * server with no account yet, a quiet note saying it is read-only and how to make an account.
 */
import { useSession } from "../../api/session.ts";
import { type PhraseKey, useT } from "../../i18n/useT.ts";
import { useSignOut } from "./accountApi.ts";
import { useSignInDialog } from "./signInDialogState.ts";

export const ADD_ACCOUNT_COMMAND = "npm run user -- add NAME --role editor";

export function AccountMenu() {
  const { t } = useT();
  const session = useSession().data;
  const signOut = useSignOut();
  const showSignIn = useSignInDialog((s) => s.show);
  if (!session) return null;
  if (session.user) {
    const role = t(`role_${session.user.role}` as PhraseKey);
    return (
      <span className="account" data-testid="account">
        {/* The words "Signed in as" are for screen readers; the header has room only for name and role. */}
        <span data-testid="account-user">
          <span className="sr-only">{t("signedInAs")} </span>
          <bdi>{session.user.name}</bdi> <span className="account-role">({role})</span>
        </span>
        <button type="button" onClick={() => signOut.mutate(undefined)} data-testid="sign-out">
          {t("signOut")}
        </button>
      </span>
    );
  }
  if (!session.usersConfigured) {
    return (
      <span className="account read-only-note" data-testid="read-only-note">
        {t("readOnlyNote")} <code dir="ltr">{ADD_ACCOUNT_COMMAND}</code>
      </span>
    );
  }
  return (
    <button type="button" onClick={showSignIn} data-testid="sign-in">
      {t("signIn")}
    </button>
  );
}
