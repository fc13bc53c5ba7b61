// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionInfo } from "../../../../model/api.ts";
import { SidePanel } from "../../app/SidePanel.tsx";
import { useViewStore } from "../../state/viewState.ts";
import { renderWithQuery, stubFetch } from "../Timeline/renderWithQuery.tsx";
import { AccountMenu } from "./AccountMenu.tsx";
import { SignInDialog } from "./SignInDialog.tsx";
import { useSignInDialog } from "./signInDialogState.ts";

const signedOut: SessionInfo = { user: null, csrfToken: null, usersConfigured: true };
const editor: SessionInfo = {
  user: { name: "layla", role: "editor" },
  csrfToken: "tok-1",
  usersConfigured: true,
};

/** A server with one account (layla / right-password); its session follows the last sign-in or out. */
function fakeServer(initial: SessionInfo) {
  let current = initial;
  return stubFetch({
    "/api/session": (_url, init) => {
      if (init?.method === "POST") {
        const { password } = JSON.parse(String(init.body)) as { password: string };
        if (password !== "right-password") {
          return { status: 401, body: { error: "Unauthorized", message: "wrong name or password" } };
        }
        current = editor;
      } else if (init?.method === "DELETE") current = signedOut;
      return { body: current };
    },
    "/api/": () => ({ body: [] }),
  });
}

const ui = (
  <>
    <AccountMenu />
    <SignInDialog />
  </>
);

describe("AccountMenu", () => {
  beforeEach(() => {
    useViewStore.getState().reset();
    useSignInDialog.getState().hide();
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("on a server with no account, says it is read-only and how to make one", async () => {
    fakeServer({ user: null, csrfToken: null, usersConfigured: false });
    renderWithQuery(ui);
    const note = await screen.findByTestId("read-only-note");
    expect(note.textContent).toContain("npm run user -- add NAME --role editor");
    expect(screen.queryByTestId("sign-in")).toBeNull();
  });

  it("shows a wrong password in words, then the signed-in name and role", async () => {
    const calls = fakeServer(signedOut);
    renderWithQuery(ui);
    fireEvent.click(await screen.findByTestId("sign-in"));
    const dialog = screen.getByRole("dialog", { name: "Sign in to edit" });
    expect(document.activeElement).toBe(screen.getByLabelText("Name"));
    fireEvent.change(screen.getByLabelText("Name"), { target: { value: "layla" } });
    fireEvent.change(screen.getByLabelText("Password"), { target: { value: "wrong-password" } });
    fireEvent.click(screen.getByTestId("sign-in-submit"));
    expect((await screen.findByRole("alert")).textContent).toBe("Wrong name or password.");
    expect(dialog.isConnected).toBe(true);

    fireEvent.change(screen.getByLabelText("Password"), { target: { value: "right-password" } });
    fireEvent.click(screen.getByTestId("sign-in-submit"));
    expect((await screen.findByTestId("account-user")).textContent).toBe("Signed in as layla (editor)");
    expect(screen.queryByRole("dialog")).toBeNull();

    // The next write carries the session's CSRF token.
    fireEvent.click(screen.getByTestId("sign-out"));
    await screen.findByTestId("sign-in");
    const signOut = calls.find((c) => c.init?.method === "DELETE");
    expect(new Headers(signOut?.init?.headers).get("x-csrf-token")).toBe("tok-1");
  });

  it("closes the form on Escape", async () => {
    fakeServer(signedOut);
    renderWithQuery(ui);
    fireEvent.click(await screen.findByTestId("sign-in"));
    fireEvent.keyDown(window, { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });
});

describe("edit controls", () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("show the Add article tab to an editor only, and tell others why a link to it shows no form", async () => {
    useViewStore.getState().reset();
    useViewStore.getState().set({ panel: "ingest" });
    fakeServer(signedOut);
    renderWithQuery(<SidePanel />);
    expect((await screen.findByTestId("sign-in-invite")).textContent).toContain("Sign in as an editor");
    expect(screen.queryByTestId("panel-tab-ingest")).toBeNull();
    expect(screen.queryByTestId("ingest-form")).toBeNull();
    cleanup();

    fakeServer(editor);
    renderWithQuery(<SidePanel />);
    expect(await screen.findByTestId("panel-tab-ingest")).toBeTruthy();
    // The panel's code loads on demand (React.lazy).
    expect(await screen.findByTestId("ingest-form")).toBeTruthy();
  });
});
