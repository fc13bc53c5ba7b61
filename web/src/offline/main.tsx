/**
 * The offline player: the script inlined into a downloaded story (features/Story/offlineHtml.ts). Reads
 * the story and its scenes from the page, and the Arabic font from itself (a data URL), so the file
 * plays from disk with no server and no network.
 */
import "../features/Story/player/player.css";
import arabic400 from "@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2?url&inline";
import arabic700 from "@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2?url&inline";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import type { OfflineData } from "../features/Story/offlineHtml.ts";
import { StoryPlayer } from "../features/Story/player/StoryPlayer.tsx";

function addFont() {
  const face = (weight: number, url: string) =>
    `@font-face{font-family:"Noto Naskh Arabic";font-style:normal;font-display:swap;font-weight:${weight};src:url(${url}) format("woff2");unicode-range:U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0898-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC}`;
  const style = document.createElement("style");
  style.textContent = face(400, arabic400) + face(700, arabic700);
  document.head.append(style);
}

const data = JSON.parse(document.getElementById("story-data")?.textContent ?? "null") as OfflineData | null;
const root = document.getElementById("root");
if (!data || !root) throw new Error("this file holds no story");
addFont();
const scene = (i: number) => Promise.resolve(data.scenes[i]!);
createRoot(root).render(
  <StrictMode>
    <StoryPlayer title={data.title} steps={data.steps} lost={data.lost} lang={data.lang} scene={scene} />
  </StrictMode>,
);
