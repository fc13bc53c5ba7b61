// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ArticleDoc } from "../../../../model/api.ts";
import { articleId, nodeId } from "../../../../model/ids.ts";
import { useViewStore } from "../../state/viewState.ts";
import { mockFetch, renderWithQuery } from "../../test/renderWithQuery.tsx";
import { ArticleViewer } from "./ArticleViewer.tsx";

const text = "استقبل الرئيس بوتين نظيره السيسي في القاهرة.";
const putin = {
  id: nodeId("person:vladimir-putin"),
  kind: "Person" as const,
  name: { ar: "بوتين", en: "Putin" },
};
const cairo = { id: nodeId("place:cairo"), kind: "Place" as const, name: { ar: "القاهرة", en: "Cairo" } };
const doc: ArticleDoc = {
  id: articleId("000_x"),
  title: null,
  published: "2017-12-11",
  publishedPrecision: "day",
  source: "SANA",
  language: "ar",
  length: text.length,
  text,
  spans: [
    { start: 0, end: text.length, kind: "evidence", node: putin },
    { start: text.indexOf("بوتين"), end: text.indexOf("بوتين") + 5, kind: "mention", node: putin },
    { start: text.indexOf("القاهرة"), end: text.indexOf("القاهرة") + 7, kind: "mention", node: cairo },
  ],
};

describe("article reader", () => {
  let scrolled: string[];
  beforeEach(() => {
    useViewStore.getState().reset();
    mockFetch({ "/api/articles/000_x": doc });
    scrolled = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.textContent ?? "");
    };
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("renders nothing until an article is opened", () => {
    renderWithQuery(<ArticleViewer />);
    expect(screen.queryByTestId("article-viewer")).toBeNull();
  });

  it("shows the text right to left with every span marked, and scrolls to the clicked one", async () => {
    useViewStore.getState().set({ article: `000_x@${text.indexOf("القاهرة")}` });
    renderWithQuery(<ArticleViewer />);
    const viewer = await screen.findByTestId("article-viewer");
    const body = await vi.waitFor(() => {
      const el = viewer.querySelector(".article-text");
      if (!el) throw new Error("text not rendered yet");
      return el;
    });
    expect(body.textContent).toBe(text);
    expect(body.getAttribute("dir")).toBe("rtl");
    const mentions = [...body.querySelectorAll('[data-span-kind="mention"]')].map((m) => m.textContent);
    expect(mentions).toEqual(["بوتين", "القاهرة"]);
    expect(body.querySelectorAll('[data-span-kind="evidence"]').length).toBeGreaterThan(0);
    expect(scrolled).toEqual(["القاهرة"]);
    expect(viewer.textContent).toContain("SANA");
  });

  it("closes on Escape", async () => {
    useViewStore.getState().set({ article: "000_x" });
    renderWithQuery(<ArticleViewer />);
    await screen.findByTestId("article-viewer");
    fireEvent.keyDown(window, { key: "Escape" });
    expect(useViewStore.getState().article).toBeNull();
  });

  it("keeps Tab inside while open, and gives focus back to the opener on Escape", async () => {
    renderWithQuery(
      <>
        <button type="button">opener</button>
        <ArticleViewer />
      </>,
    );
    const opener = screen.getByRole("button", { name: "opener" });
    opener.focus();
    act(() => useViewStore.getState().set({ article: "000_x" }));
    const close = await screen.findByRole("button", { name: "Close article" });
    expect(document.activeElement).toBe(close);
    const body = await screen.findByRole("region", { name: "Article text" });
    // Shift+Tab on the first control wraps to the last (the scrollable text), Tab on the last wraps back.
    fireEvent.keyDown(close, { key: "Tab", shiftKey: true });
    expect(document.activeElement).toBe(body);
    fireEvent.keyDown(body, { key: "Tab" });
    expect(document.activeElement).toBe(close);
    // Focus that escaped (a click outside) is pulled back in by the next Tab.
    opener.focus();
    fireEvent.keyDown(opener, { key: "Tab" });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close, { key: "Escape" });
    expect(useViewStore.getState().article).toBeNull();
    expect(screen.queryByTestId("article-viewer")).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
