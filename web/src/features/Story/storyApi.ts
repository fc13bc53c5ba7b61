/** The story routes, through the app's one HTTP client (so a signed-in session's CSRF token goes along). */
import type { Story, StoryAnswer, StoryInput, StorySummary } from "../../../../model/story.ts";
import { apiUrl, fetchJson } from "../../api/client.ts";

const storyPath = (id: string) => `stories/${encodeURIComponent(id)}`;

export const listStories = () => fetchJson<StorySummary[]>(apiUrl("stories"));
export const getStory = (id: string) => fetchJson<StoryAnswer>(apiUrl(storyPath(id)));
export const createStory = (input: StoryInput) =>
  fetchJson<Story>(apiUrl("stories"), { method: "POST", body: JSON.stringify(input) });
export const updateStory = (id: string, input: StoryInput) =>
  fetchJson<Story>(apiUrl(`${storyPath(id)}/edit`), { method: "POST", body: JSON.stringify(input) });
export const deleteStory = (id: string) =>
  fetchJson<{ deleted: string }>(apiUrl(storyPath(id)), { method: "DELETE" });

/** GETs for the player: plain JSON, no client state. */
export const getJson = <T>(url: string) => fetchJson<T>(url);

/** The links a story and a view are shared by. */
export const storyLinks = (id: string, origin = window.location.origin) => ({
  open: `${origin}/?story=${encodeURIComponent(id)}`,
  present: `${origin}/?story=${encodeURIComponent(id)}&present=1`,
  embed: `${origin}/embed.html?story=${encodeURIComponent(id)}`,
  print: `${origin}/embed.html?story=${encodeURIComponent(id)}&print=1`,
});

export const viewEmbedLink = (query: string, origin = window.location.origin) =>
  `${origin}/embed.html${query ? `?${query}` : ""}`;
