/**
 * The sign-in form, as a small modal: name and password, the server's refusal shown in words, focus kept
 * inside (Tab cycles, Escape closes) and returned to the opener when it closes.
 */
import { useRef, useState } from "react";
import { ApiError } from "../../api/client.ts";
import { type PhraseKey, useT } from "../../i18n/useT.ts";
import { useFocusTrap } from "../../ui/useFocusTrap.ts";
import { useSignIn } from "./accountApi.ts";
import { useSignInDialog } from "./signInDialogState.ts";

const hide = () => useSignInDialog.getState().hide();

function failureText(error: Error, t: (key: PhraseKey, vars?: Record<string, string>) => string) {
  if (error instanceof ApiError && error.status === 401) return t("signInWrong");
  if (error instanceof ApiError && error.status === 429) return t("signInTooMany");
  return t("signInFailed", { message: error.message });
}

export function SignInDialog() {
  const open = useSignInDialog((s) => s.open);
  return open ? <SignInForm /> : null;
}

function SignInForm() {
  const { t } = useT();
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const signIn = useSignIn();
  const dialog = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLInputElement>(null);
  useFocusTrap(dialog, hide, first);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    signIn.mutate({ name: name.trim(), password }, { onSuccess: hide });
  };
  return (
    <div className="dialog-backdrop">
      <div
        ref={dialog}
        role="dialog"
        tabIndex={-1}
        aria-modal="true"
        aria-labelledby="sign-in-title"
        className="dialog sign-in-dialog"
        data-testid="sign-in-dialog"
      >
        <h2 id="sign-in-title">{t("signInTitle")}</h2>
        <form className="sign-in-form" onSubmit={submit} data-testid="sign-in-form">
          <label>
            {t("signInName")}
            <input
              ref={first}
              name="username"
              autoComplete="username"
              dir="auto"
              required
              value={name}
              onChange={(e) => setName(e.target.value)}
              data-testid="sign-in-name"
            />
          </label>
          <label>
            {t("signInPassword")}
            <input
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              data-testid="sign-in-password"
            />
          </label>
          {signIn.error && (
            <p role="alert" className="feature-error" data-testid="sign-in-error">
              {failureText(signIn.error, t)}
            </p>
          )}
          <div className="sign-in-actions">
            <button
              type="submit"
              className="primary"
              disabled={signIn.isPending}
              data-testid="sign-in-submit"
            >
              {signIn.isPending ? t("signInWorking") : t("signInSubmit")}
            </button>
            <button type="button" onClick={hide}>
              {t("signInCancel")}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
