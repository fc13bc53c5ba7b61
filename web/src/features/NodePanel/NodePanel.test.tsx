// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useViewStore } from "../../state/viewState.ts";
import { NODES, putinDetails } from "../../test/fixtures.ts";
import { mockFetch, renderWithQuery } from "../../test/renderWithQuery.tsx";
import { NodePanel } from "./NodePanel.tsx";

describe("node details panel", () => {
  beforeEach(() => useViewStore.getState().reset());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("asks to select something when nothing is selected", () => {
    mockFetch({});
    renderWithQuery(<NodePanel />);
    expect(screen.getByText(/Select a node/)).toBeTruthy();
  });

  it("shows names in both scripts, offices, dated events and quotes with the mention marked", async () => {
    const calls = mockFetch({ [`/api/nodes/${encodeURIComponent(NODES.putin.id)}`]: putinDetails });
    useViewStore.getState().select(NODES.putin.id);
    renderWithQuery(<NodePanel />);
    const panel = await screen.findByTestId("node-details");
    expect(calls).toEqual(["/api/nodes/person%3Avladimir-putin"]);
    expect(panel.textContent).toContain("Vladimir Putin");
    expect(panel.textContent).toContain("فلاديمير بوتين");
    expect(panel.textContent).toContain("President");

    const events = screen.getAllByTestId("node-event");
    expect(events).toHaveLength(1);
    expect(events[0]!.querySelector("time")?.textContent).toBe("2017-12-11");
    expect(events[0]!.textContent).toContain("Abdel Fattah el-Sisi");
    expect(events[0]!.textContent).toContain("Cairo");

    const quote = screen.getByTestId("evidence-quote");
    expect(quote.querySelector("mark")?.textContent).toBe("بوتين");
    expect(quote.querySelector("blockquote")?.getAttribute("dir")).toBe("rtl");
    expect(quote.textContent).toContain("2017-12-11");
    expect(quote.textContent).toContain("SANA");
  });

  it("opens the article reader at the quote", async () => {
    mockFetch({ [`/api/nodes/${encodeURIComponent(NODES.putin.id)}`]: putinDetails });
    useViewStore.getState().select(NODES.putin.id);
    renderWithQuery(<NodePanel />);
    fireEvent.click(await screen.findByText("Open article"));
    expect(useViewStore.getState().article).toBe("000_57f5ad7fed51586d@100");
  });

  it("clicking a participant selects that node", async () => {
    mockFetch({ [`/api/nodes/${encodeURIComponent(NODES.putin.id)}`]: putinDetails });
    useViewStore.getState().select(NODES.putin.id);
    renderWithQuery(<NodePanel />);
    fireEvent.click(await screen.findByRole("button", { name: "Abdel Fattah el-Sisi" }));
    expect(useViewStore.getState().selected).toBe(NODES.sisi.id);
  });

  it("shows a not-found message for an unknown node, and an error with retry otherwise", async () => {
    mockFetch({});
    useViewStore.getState().select("person:nobody" as typeof NODES.putin.id);
    renderWithQuery(<NodePanel />);
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("not in the graph"));
  });
});
