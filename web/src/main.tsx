/** Entry point: the Arabic font from the bundle (no web font URL), the query client, the app. */
import "@fontsource/noto-naskh-arabic/400.css";
import "@fontsource/noto-naskh-arabic/700.css";
import "./styles/app.css";
import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { makeQueryClient } from "./app/queryClient.ts";
import { readUrl } from "./app/useUrlSync.ts";
import { loadLayout } from "./canvas/layoutExtensions.ts";
import { useViewStore } from "./state/viewState.ts";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

readUrl();
// The chosen layout's code downloads while the graph is fetched, not after it.
void loadLayout(useViewStore.getState().layout);
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={makeQueryClient()}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
