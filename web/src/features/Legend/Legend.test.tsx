// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { GraphPayload } from "../../../../model/api.ts";
import { nodeId } from "../../../../model/ids.ts";
import { useViewStore } from "../../state/viewState.ts";
import { mockFetch, renderWithQuery } from "../../test/renderWithQuery.tsx";
import { Legend } from "./Legend.tsx";

const topics: GraphPayload = {
  nodes: [
    { id: nodeId("topic:idlib"), kind: "Topic", name: { ar: "إدلب", en: "Idlib" } },
    { id: nodeId("topic:astana"), kind: "Topic", name: { ar: "أستانا", en: "Astana process" } },
  ],
  edges: [],
  truncated: false,
  total: { nodes: 2, edges: 0 },
};

describe("legend and filters", () => {
  let calls: string[];
  beforeEach(() => {
    useViewStore.getState().reset();
    calls = mockFetch({ "/api/graph": topics });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("each kind is a toggle button that filters the canvas", () => {
    renderWithQuery(<Legend />);
    const person = screen.getByTestId("legend-kind-Person");
    expect(person.getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByTestId("legend-kind-Article").getAttribute("aria-pressed")).toBe("false");
    fireEvent.click(person);
    expect(useViewStore.getState().kinds).not.toContain("Person");
    expect(person.getAttribute("aria-pressed")).toBe("false");
  });

  it("in the who-met-whom view, met and spoke are toggles of their own; uncertain dates are explained", () => {
    renderWithQuery(<Legend />);
    expect(screen.queryByTestId("legend-tie-MET")).toBeNull();
    act(() => useViewStore.getState().set({ view: "people" }));
    const spoke = screen.getByTestId("legend-tie-SPOKE_WITH");
    expect(spoke.textContent).toBe("Spoke (call, video, letter)");
    expect(screen.getByTestId("legend-tie-MET").getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(spoke);
    expect(useViewStore.getState().ties).toEqual(["MET"]);
    expect(spoke.getAttribute("aria-pressed")).toBe("false");
    expect(screen.queryByTestId("legend-uncertain")).toBeNull();
    act(() => useViewStore.getState().set({ from: "2017" }));
    expect(screen.getByTestId("legend-uncertain").textContent).toMatch(/may fall outside the time range/);
  });

  it("lists every topic (sorted) and checking one filters by it", async () => {
    renderWithQuery(<Legend />);
    await waitFor(() => expect(screen.getAllByTestId("topic-option")).toHaveLength(2));
    expect(calls[0]).toContain("kinds=Topic");
    const labels = screen.getAllByTestId("topic-option").map((o) => o.parentElement?.textContent);
    expect(labels).toEqual(["Astana process", "Idlib"]);
    fireEvent.click(screen.getAllByTestId("topic-option")[1]!);
    expect(useViewStore.getState().topics).toEqual(["topic:idlib"]);
    fireEvent.click(screen.getByText("All topics again"));
    expect(useViewStore.getState().topics).toEqual([]);
  });

  it("sets the weight threshold, ignoring nonsense", () => {
    renderWithQuery(<Legend />);
    const input = screen.getByTestId("min-weight");
    fireEvent.change(input, { target: { value: "3" } });
    expect(useViewStore.getState().minWeight).toBe(3);
    fireEvent.change(input, { target: { value: "-2" } });
    expect(useViewStore.getState().minWeight).toBe(3);
  });

  it("the topic dropdown closes on Escape and focus goes back to its toggle", async () => {
    renderWithQuery(<Legend />);
    const dropdown = screen.getByTestId("topic-filter") as HTMLDetailsElement;
    dropdown.open = true;
    await waitFor(() => expect(screen.getAllByTestId("topic-option")).toHaveLength(2));
    const option = screen.getAllByTestId("topic-option")[0]!;
    option.focus();
    fireEvent.keyDown(option, { key: "Escape" });
    expect(dropdown.open).toBe(false);
    expect(document.activeElement).toBe(dropdown.querySelector("summary"));
  });
});
