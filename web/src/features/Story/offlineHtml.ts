/**
 * "Download as HTML": one file that plays the story with no server. The offline player (a single
 * script and stylesheet built by web/build/offlinePlayer.ts, the Arabic font inside it as a data URL)
 * and every step's scene are written into the page.
 */
import type { Language } from "../../../../model/kinds.ts";
import type { StoryLoss, StoryStep, Words } from "../../../../model/story.ts";
import type { PlayerStep } from "./player/StoryPlayer.tsx";
import { loadScene, playerStep, type Scene } from "./player/sceneData.ts";
import { getJson } from "./storyApi.ts";

export interface OfflineData {
  title: Words;
  steps: PlayerStep[];
  scenes: Scene[];
  lost: StoryLoss[];
  lang: Language;
}

export const OFFLINE_PLAYER = { js: "/offline/player.js", css: "/offline/player.css" };

async function text(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.text();
}

/** Nothing in the data or code may close the element it sits in. */
const safeInScript = (s: string) => s.replace(/<\/(script)/gi, "<\\/$1");
const safeInStyle = (s: string) => s.replace(/<\/(style)/gi, "<\\/$1");
const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

export function offlinePage(data: OfflineData, js: string, css: string): string {
  const title = escapeHtml(
    (data.lang === "ar" ? data.title.ar || data.title.en : data.title.en || data.title.ar) ?? "",
  );
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="${data.lang}" dir="${data.lang === "ar" ? "rtl" : "ltr"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${safeInStyle(css)}</style>
</head>
<body>
<div id="root"></div>
<script type="application/json" id="story-data">${json}</script>
<script>${safeInScript(js)}</script>
</body>
</html>
`;
}

export async function buildOfflineHtml(story: {
  title: Words;
  steps: StoryStep[];
  lost: StoryLoss[];
  lang: Language;
}): Promise<string> {
  const [scenes, js, css] = await Promise.all([
    Promise.all(story.steps.map((s) => loadScene(s, getJson))),
    text(OFFLINE_PLAYER.js),
    text(OFFLINE_PLAYER.css),
  ]);
  const steps = story.steps.map(playerStep);
  return offlinePage({ title: story.title, steps, scenes, lost: story.lost, lang: story.lang }, js, css);
}
