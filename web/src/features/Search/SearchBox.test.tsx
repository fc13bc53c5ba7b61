// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SearchHit } from "../../../../model/api.ts";
import { useViewStore } from "../../state/viewState.ts";
import { NODES, smallGraph } from "../../test/fixtures.ts";
import { mockFetch, renderWithQuery } from "../../test/renderWithQuery.tsx";
import { SearchBox } from "./SearchBox.tsx";

const hit = (node: typeof NODES.putin): SearchHit => ({
  node: { id: node.id, kind: node.kind, name: node.name },
  score: 1,
  matched: node.name.ar,
  snippet: null,
});

const outside = {
  ...NODES.cairo,
  id: "place:idlib" as typeof NODES.cairo.id,
  name: { ar: "إدلب", en: "Idlib" },
};

describe("search box", () => {
  let calls: string[];
  beforeEach(() => {
    useViewStore.getState().reset();
    calls = mockFetch({
      "/api/search": [hit(NODES.putin), hit(NODES.sisi), hit(outside)],
      "/api/graph": smallGraph,
    });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("suggests as you type (debounced, one request) and Enter picks the highlighted option", async () => {
    renderWithQuery(<SearchBox />);
    const input = screen.getByTestId("search-input");
    fireEvent.change(input, { target: { value: "بو" } });
    fireEvent.change(input, { target: { value: "بوتين" } });
    await waitFor(() => expect(screen.getAllByTestId("search-option")).toHaveLength(3));
    expect(calls.filter((c) => c.startsWith("/api/search"))).toEqual([
      `/api/search?q=${encodeURIComponent("بوتين")}&limit=10`,
    ]);

    fireEvent.keyDown(input, { key: "ArrowDown" });
    fireEvent.keyDown(input, { key: "ArrowDown" });
    const options = screen.getAllByTestId("search-option");
    expect(options.map((o) => o.getAttribute("aria-selected"))).toEqual(["false", "true", "false"]);
    expect(input.getAttribute("aria-activedescendant")).toBe(options[1]!.id);

    fireEvent.keyDown(input, { key: "Enter" });
    expect(useViewStore.getState().selected).toBe(NODES.sisi.id);
    expect(screen.queryAllByTestId("search-option")).toHaveLength(0);
  });

  it("ArrowUp wraps to the last option; Escape closes the list without picking", async () => {
    renderWithQuery(<SearchBox />);
    const input = screen.getByTestId("search-input");
    fireEvent.change(input, { target: { value: "Putin" } });
    await waitFor(() => expect(screen.getAllByTestId("search-option")).toHaveLength(3));
    fireEvent.keyDown(input, { key: "ArrowUp" });
    expect(screen.getAllByTestId("search-option")[2]!.getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(input, { key: "Escape" });
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(useViewStore.getState().selected).toBeNull();
  });

  it("picking a node that is not drawn brings in its neighbourhood", async () => {
    renderWithQuery(<SearchBox />);
    const input = screen.getByTestId("search-input");
    await waitFor(() => expect(calls.some((c) => c.startsWith("/api/graph"))).toBe(true));
    fireEvent.change(input, { target: { value: "إدلب" } });
    await waitFor(() => expect(screen.getAllByTestId("search-option")).toHaveLength(3));
    // Wait for the visible graph too, so "is it drawn?" is answered from data.
    await new Promise((r) => setTimeout(r, 50));
    fireEvent.mouseDown(screen.getAllByTestId("search-option")[2]!);
    expect(useViewStore.getState().selected).toBe("place:idlib");
    expect(useViewStore.getState().expanded).toEqual(["place:idlib"]);
  });

  it("says so when nothing matches", async () => {
    mockFetch({ "/api/search": [], "/api/graph": smallGraph });
    renderWithQuery(<SearchBox />);
    fireEvent.change(screen.getByTestId("search-input"), { target: { value: "zzz" } });
    await waitFor(() => expect(screen.getByRole("listbox").textContent).toContain("No matches"));
  });
});
