/**
 * The embed page (embed.html): a read-only player without the explorer's chrome, for an iframe. Loads
 * only the player and what it shows: `?story=ID` plays a saved story (`&print=1` lays every step out for
 * the browser's print), any other query is a share link's view, shown as one step.
 */
// First, before any module builds a zod schema.
import "@fontsource/noto-naskh-arabic/400.css";
import "@fontsource/noto-naskh-arabic/700.css";
import "../features/Story/player/player.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { EmbedApp } from "./EmbedApp.tsx";

const root = document.getElementById("root");
if (!root) throw new Error("embed.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <EmbedApp params={new URLSearchParams(window.location.search)} />
  </StrictMode>,
);
