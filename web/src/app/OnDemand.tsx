/**
 * The dialogs whose code loads only when they open: the article reader and the sign-in form. Each
 * gate reads the one flag that opens its dialog, so nothing is fetched for a visitor who never asks.
 * The story dock loads after the first screen.
 */
import { useSignInDialog } from "../features/Account/signInDialogState.ts";
import { useViewStore } from "../state/viewState.ts";
import { LazyBoundary } from "../ui/LazyBoundary.tsx";
import { lazyPart } from "../ui/lazyPart.ts";

const ArticleViewer = lazyPart(() => import("../features/Articles/ArticleViewer.tsx"), "ArticleViewer");
const StoryDock = lazyPart(() => import("../features/Story/StoryDock.tsx"), "StoryDock");
const SignInDialog = lazyPart(() => import("../features/Account/SignInDialog.tsx"), "SignInDialog");

export function ArticleReader() {
  const open = useViewStore((s) => s.article !== null);
  return open ? (
    <LazyBoundary quiet>
      <ArticleViewer />
    </LazyBoundary>
  ) : null;
}

export function SignIn() {
  const open = useSignInDialog((s) => s.open);
  return open ? (
    <LazyBoundary quiet>
      <SignInDialog />
    </LazyBoundary>
  ) : null;
}

/** The story builder and player: fetched after the first screen, since most visits never open it. */
export function Stories() {
  return (
    <LazyBoundary quiet>
      <StoryDock />
    </LazyBoundary>
  );
}
