/**
 * Mirrors the view store to the URL: the link reopens the same picture. Read before the first render
 * (so the first request already uses the link's filters) and on back/forward; every later change
 * replaces the query string (no history entry per click).
 */
import { useEffect } from "react";
import { fromSearchParams, toSearchParams } from "../state/urlState.ts";
import { useViewStore, viewStateOf } from "../state/viewState.ts";

export function readUrl() {
  useViewStore.getState().set(fromSearchParams(new URLSearchParams(window.location.search)));
}

export function useUrlSync() {
  useEffect(() => {
    let last = window.location.search.replace(/^\?/, "");
    const unsubscribe = useViewStore.subscribe((s) => {
      const query = toSearchParams(viewStateOf(s)).toString();
      if (query === last) return;
      last = query;
      window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
    });
    const onPop = () => {
      last = window.location.search.replace(/^\?/, "");
      readUrl();
    };
    window.addEventListener("popstate", onPop);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", onPop);
    };
  }, []);
}
