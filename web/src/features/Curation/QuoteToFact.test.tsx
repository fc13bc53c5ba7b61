// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useViewStore } from "../../state/viewState.ts";
import { ARTICLE, editorSession, viewerSession } from "../../test/curationFixtures.ts";
import { NODES } from "../../test/fixtures.ts";
import { ArticleViewer } from "../Articles/ArticleViewer.tsx";
import { renderWithQuery, stubFetch } from "../Timeline/renderWithQuery.tsx";

const routes = (session = editorSession) => ({
  "/api/session": () => ({ body: session }),
  "/api/articles/": () => ({ body: ARTICLE }),
  "/api/search": () => ({
    body: [
      {
        node: { id: NODES.putin.id, kind: "Person", name: NODES.putin.name },
        score: 1,
        matched: "",
        snippet: null,
      },
    ],
  }),
  "/api/events": () => ({ status: 201, body: { entries: [], reviews: [], created: ["event:new"] } }),
});

/** Selects [start, end) of the article text as a reader's drag would. */
function selectText(start: number, end: number) {
  const root = document.querySelector(".article-text")!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.textContent!.length;
    if (start >= at && start <= at + len) range.setStart(n, start - at);
    if (end >= at && end <= at + len) {
      range.setEnd(n, end - at);
      break;
    }
    at += len;
  }
  const sel = document.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
  act(() => {
    document.dispatchEvent(new Event("selectionchange"));
  });
}

describe("add a fact from a quote", () => {
  beforeEach(() => {
    useViewStore.getState().reset();
    Element.prototype.scrollIntoView = () => {};
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("takes the selected sentence's offsets as the source and sends them with the fact", async () => {
    const calls = stubFetch(routes());
    useViewStore.getState().set({ article: ARTICLE.id });
    renderWithQuery(<ArticleViewer />);
    const button = await screen.findByTestId("add-fact-from-quote");
    expect((button as HTMLButtonElement).disabled).toBe(true);
    const end = ARTICLE.text.indexOf(".") + 1;
    selectText(0, end);
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    const form = await screen.findByTestId("add-fact-form");
    expect(within(form).getByTestId("add-fact-quote").textContent).toBe(ARTICLE.text.slice(0, end));
    fireEvent.change(within(form).getByTestId("fact-participants-add"), { target: { value: "Putin" } });
    fireEvent.mouseDown(await screen.findByTestId("fact-participants-add-option"));
    fireEvent.submit(form);
    await waitFor(() => expect(calls.some((c) => c.init?.method === "POST")).toBe(true));
    const post = calls.find((c) => c.init?.method === "POST")!;
    expect(post.url.pathname).toBe("/api/events");
    expect(JSON.parse(String(post.init?.body))).toMatchObject({
      source: { articleId: ARTICLE.id, start: 0, end },
      type: "Meeting",
      participants: [{ id: NODES.putin.id }],
    });
    expect(await screen.findByText("Fact added from the quote.")).toBeTruthy();
  });

  it("offers nothing to a reader who may not edit", async () => {
    const calls = stubFetch(routes(viewerSession));
    useViewStore.getState().set({ article: ARTICLE.id });
    renderWithQuery(<ArticleViewer />);
    await screen.findByRole("region", { name: "Article text" });
    await waitFor(() => expect(calls.some((c) => c.url.pathname === "/api/session")).toBe(true));
    expect(screen.queryByTestId("add-fact-from-quote")).toBeNull();
  });
});
