/** The stories saved on the server, newest first: open one to present or change it. */
import { useQuery } from "@tanstack/react-query";
import type { Language } from "../../../../model/kinds.ts";
import { listStories } from "./storyApi.ts";
import { inLang, storyT } from "./storyText.ts";

export const STORIES_KEY = ["stories"] as const;

export function SavedStories({ lang, onOpen }: { lang: Language; onOpen: (id: string) => void }) {
  const list = useQuery({ queryKey: STORIES_KEY, queryFn: listStories, staleTime: 10_000 });
  return (
    <section className="story-saved">
      <h3>{storyT(lang, "stories")}</h3>
      {list.data?.length === 0 && <p>{storyT(lang, "noStories")}</p>}
      <ul>
        {list.data?.map((s) => (
          <li key={s.id}>
            <button type="button" onClick={() => onOpen(s.id)} data-testid="story-open">
              {inLang(s.title, lang)}
            </button>{" "}
            <span className="story-count">{storyT(lang, "steps", { n: s.steps })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
