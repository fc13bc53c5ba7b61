// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { nodeId } from "../../../../model/ids.ts";
import { useViewStore } from "../../state/viewState.ts";
import { NODES, putinDetails, putinWithTies, QUOTE, sisiWithTies } from "../../test/fixtures.ts";
import { stubScrollBoxes } from "../../test/layoutStub.ts";
import { mockFetch, renderWithQuery } from "../../test/renderWithQuery.tsx";
import { NodePanel } from "./NodePanel.tsx";

/** Every node's history is empty here (its route would otherwise match the details' prefix). */
const noHistory = Object.fromEntries(
  ["person:vladimir-putin", "person:abdel-fattah-el-sisi", "event:meeting:2017-12-11"].map((id) => [
    `/api/nodes/${encodeURIComponent(id)}/history`,
    [],
  ]),
);

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
    const calls = mockFetch({
      ...noHistory,
      [`/api/nodes/${encodeURIComponent(NODES.putin.id)}`]: putinDetails,
    });
    useViewStore.getState().select(NODES.putin.id);
    renderWithQuery(<NodePanel />);
    const panel = await screen.findByTestId("node-details");
    expect(calls.filter((c) => c.startsWith("/api/nodes/") && !c.endsWith("/history"))).toEqual([
      "/api/nodes/person%3Avladimir-putin",
    ]);
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

  it("shows the total of mentions and fetches the next page on 'more'", async () => {
    const id = encodeURIComponent(NODES.putin.id);
    const mention = putinDetails.events[0]!.evidence[0]!;
    const next = { ...mention, start: mention.start + 1000, end: mention.end + 1000 };
    const calls = mockFetch({
      ...noHistory,
      [`/api/nodes/${id}?`]: { ...putinDetails, mentions: [next] },
      [`/api/nodes/${id}`]: { ...putinDetails, mentions: [mention], mentionsTotal: 2 },
    });
    useViewStore.getState().select(NODES.putin.id);
    renderWithQuery(<NodePanel />);
    const panel = await screen.findByTestId("node-details");
    expect(within(panel).getByText("Mentions (2)")).toBeTruthy();
    fireEvent.click(within(panel).getByTestId("more-mentions"));
    await waitFor(() => expect(within(panel).queryByTestId("more-mentions")).toBeNull());
    expect(calls).toContain(`/api/nodes/${id}?mentionsOffset=1&mentionsLimit=100&quotesPerItem=1`);
  });

  it("marks a participation an editor confirmed beside that participant", async () => {
    const event = putinDetails.events[0]!;
    const other = event.participants.find((p) => p.id !== NODES.putin.id)!;
    const review = { status: "confirmed" as const, by: "Layla", at: "2026-12-07T10:00:00Z", version: 1 };
    mockFetch({
      ...noHistory,
      [`/api/nodes/${encodeURIComponent(NODES.putin.id)}`]: {
        ...putinDetails,
        events: [{ ...event, participantReview: { [other.id]: review } }],
      },
    });
    useViewStore.getState().select(NODES.putin.id);
    renderWithQuery(<NodePanel />);
    const panel = await screen.findByTestId("node-details");
    const chip = panel.querySelector(".participant");
    expect(chip?.textContent).toContain(other.name.en!);
    expect(chip?.querySelector("[data-testid=status-badge]")?.getAttribute("data-status")).toBe("confirmed");
  });

  it("opens the article reader at the quote", async () => {
    mockFetch({ ...noHistory, [`/api/nodes/${encodeURIComponent(NODES.putin.id)}`]: putinDetails });
    useViewStore.getState().select(NODES.putin.id);
    renderWithQuery(<NodePanel />);
    fireEvent.click(await screen.findByText("Open article"));
    expect(useViewStore.getState().article).toBe("000_57f5ad7fed51586d@100");
  });

  it("clicking a participant selects that node", async () => {
    mockFetch({ ...noHistory, [`/api/nodes/${encodeURIComponent(NODES.putin.id)}`]: putinDetails });
    useViewStore.getState().select(NODES.putin.id);
    renderWithQuery(<NodePanel />);
    fireEvent.click(await screen.findByRole("button", { name: "Abdel Fattah el-Sisi" }));
    expect(useViewStore.getState().selected).toBe(NODES.sisi.id);
  });

  it("lists whom a person met and spoke with, counted apart, and opens a tie's details", async () => {
    mockFetch({ ...noHistory, [`/api/nodes/${encodeURIComponent(NODES.putin.id)}`]: putinWithTies });
    useViewStore.getState().select(NODES.putin.id);
    renderWithQuery(<NodePanel />);
    const rows = await screen.findAllByTestId("tie-row");
    expect(
      rows.map((r) => [r.dataset.otherId, r.querySelector("[data-testid=tie-counts]")?.textContent]),
    ).toEqual([
      [NODES.sisi.id, "met 2 times · spoke once"],
      ["person:benjamin-netanyahu", "not met in person · spoke once"],
    ]);
    fireEvent.click(within(rows[1]!).getByTestId("tie-open"));
    expect(useViewStore.getState()).toMatchObject({
      selected: null,
      tie: "person:benjamin-netanyahu~person:vladimir-putin",
    });
  });

  it("a tie's details: counts, a quote naming both, or 'inferred' instead of an unrelated quote", async () => {
    // The key is sorted: Sisi's id comes first, so his details are the ones read.
    mockFetch({ ...noHistory, [`/api/nodes/${encodeURIComponent(NODES.sisi.id)}`]: sisiWithTies });
    useViewStore.getState().selectTie(NODES.putin.id, NODES.sisi.id);
    renderWithQuery(<NodePanel />);
    const panel = await screen.findByTestId("tie-details");
    expect(within(panel).getByTestId("tie-counts").textContent).toBe("met 2 times · spoke once");
    const met = within(panel).getByTestId("tie-MET");
    expect(met.textContent).toContain("2017-12-11 to 2018-10-17");
    expect(met.querySelector("blockquote")?.textContent).toBe(QUOTE);
    const spoke = within(panel).getByTestId("tie-SPOKE_WITH");
    expect(spoke.querySelector("blockquote")).toBeNull();
    expect(within(spoke).getByTestId("inferred").textContent).toContain("inferred");
    expect(
      within(panel)
        .getAllByTestId("tie-event")
        .map((e) => e.dataset.eventId),
    ).toEqual([NODES.meeting.id]);
  });

  it("shows an event's confidence and rules quietly, and nothing when the extractor gave none", async () => {
    const scored = { ...NODES.meeting, confidence: 0.62, cues: ["meeting-verb", "dateline"] };
    const details = {
      ...putinDetails,
      node: scored,
      events: [{ ...putinDetails.events[0]!, event: scored }],
    };
    mockFetch({ ...noHistory, [`/api/nodes/${encodeURIComponent(NODES.meeting.id)}`]: details });
    useViewStore.getState().select(NODES.meeting.id);
    renderWithQuery(<NodePanel />);
    const scores = await screen.findAllByTestId("event-scores");
    expect(scores.map((s) => s.textContent)).toEqual(["confidence 0.62 · rules: meeting-verb, dateline"]);
    cleanup();
    mockFetch({ ...noHistory, [`/api/nodes/${encodeURIComponent(NODES.putin.id)}`]: putinDetails });
    useViewStore.getState().select(NODES.putin.id);
    renderWithQuery(<NodePanel />);
    await screen.findByTestId("node-details");
    expect(screen.queryByTestId("event-scores")).toBeNull();
  });

  it("shows a not-found message for an unknown node, and an error with retry otherwise", async () => {
    mockFetch({});
    useViewStore.getState().select("person:nobody" as typeof NODES.putin.id);
    renderWithQuery(<NodePanel />);
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("not in the graph"));
  });

  it("draws only the events in view of a node in 2,000 of them", async () => {
    const restore = stubScrollBoxes();
    try {
      const one = putinDetails.events[0]!;
      const events = Array.from({ length: 2000 }, (_, i) => ({
        ...one,
        event: { ...one.event, id: nodeId(`event:e${i}`) },
      }));
      mockFetch({
        ...noHistory,
        [`/api/nodes/${encodeURIComponent(NODES.putin.id)}`]: { ...putinDetails, events },
      });
      useViewStore.getState().select(NODES.putin.id);
      renderWithQuery(<NodePanel />);
      await screen.findByTestId("node-details");
      const drawn = screen.getAllByTestId("node-event");
      expect(drawn.length).toBeLessThan(30);
      expect(drawn.at(-1)?.getAttribute("aria-setsize")).toBe("2000");
    } finally {
      restore();
    }
  });
});
