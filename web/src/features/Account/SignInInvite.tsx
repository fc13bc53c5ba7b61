/** Where an edit control would be for someone who may not edit: says why, and offers to sign in. */
import { useSession } from "../../api/session.ts";
import { useT } from "../../i18n/useT.ts";
import { ADD_ACCOUNT_COMMAND } from "./AccountMenu.tsx";
import { useSignInDialog } from "./signInDialogState.ts";

export function SignInInvite() {
  const { t } = useT();
  const session = useSession().data;
  const show = useSignInDialog((s) => s.show);
  if (session && !session.usersConfigured) {
    return (
      <p className="feature-note" data-testid="sign-in-invite">
        {t("readOnlyNote")} <code dir="ltr">{ADD_ACCOUNT_COMMAND}</code>
      </p>
    );
  }
  if (session?.user) {
    return (
      <p className="feature-note" data-testid="sign-in-invite">
        {t("editorsOnly")}
      </p>
    );
  }
  return (
    <p className="feature-note" data-testid="sign-in-invite">
      {t("signInToEdit")}{" "}
      <button type="button" onClick={show}>
        {t("signIn")}
      </button>
    </p>
  );
}
