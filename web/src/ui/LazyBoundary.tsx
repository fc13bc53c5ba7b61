/**
 * Where a part of the app loads on demand (React.lazy): a small loading state in its place until its
 * code arrives, so the first network does not wait for panels nobody has opened yet.
 */
import { type ReactNode, Suspense } from "react";
import { useT } from "../i18n/useT.ts";
import { StatusOverlay } from "./StatusOverlay.tsx";

export function LazyBoundary({ children, quiet }: { children: ReactNode; quiet?: boolean }) {
  const { t } = useT();
  const fallback = quiet ? null : <StatusOverlay kind="loading" inline message={t("loading")} />;
  return <Suspense fallback={fallback}>{children}</Suspense>;
}
