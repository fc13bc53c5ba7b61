// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { EventSummary } from "../../../../model/api.ts";
import { nodeId } from "../../../../model/ids.ts";
import { useViewStore } from "../../state/viewState.ts";
import { renderWithQuery, stubFetch } from "../Timeline/renderWithQuery.tsx";
import { TimeRangeSlider } from "./TimeRangeSlider.tsx";

const ev = (date: string): EventSummary => ({
  event: { id: nodeId(`event:${date}`), kind: "Event", name: { ar: date, en: date }, date },
  role: null,
  participantConfidence: {},
  participants: [],
  place: null,
  topics: [],
  articles: [],
  evidence: [],
});

describe("TimeRangeSlider", () => {
  beforeEach(() => {
    useViewStore.getState().reset();
    stubFetch({
      "/api/timeline": () => ({
        body: { truncated: false, events: [ev("2017-11-21"), ev("2017-11-22"), ev("2018-01-05")] },
      }),
    });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("writes the typed dates into the view and clears them again", () => {
    renderWithQuery(<TimeRangeSlider />);
    fireEvent.change(screen.getByTestId("time-to"), { target: { value: "2020-12-31" } });
    fireEvent.change(screen.getByTestId("time-from"), { target: { value: "2017-01-01" } });
    expect(useViewStore.getState()).toMatchObject({ from: "2017-01-01", to: "2020-12-31" });
    fireEvent.click(screen.getByRole("button", { name: "All dates" }));
    expect(useViewStore.getState()).toMatchObject({ from: null, to: null });
  });

  it("draws a bar per month with events and narrows the range to a clicked month", async () => {
    renderWithQuery(<TimeRangeSlider />);
    const bar = await screen.findByRole("button", { name: "2017-11: events 2" });
    expect(
      screen.getAllByRole("button", { name: /events \d+$/ }).map((b) => b.getAttribute("aria-label")),
    ).toEqual(["2017-11: events 2", "2018-01: events 1"]);
    fireEvent.pointerDown(bar);
    fireEvent.pointerUp(bar);
    expect(useViewStore.getState()).toMatchObject({ from: "2017-11-01", to: "2017-11-30" });
    expect((screen.getByTestId("time-to") as HTMLInputElement).value).toBe("2017-11-30");
  });

  it("brushes a range by dragging across months, in either direction", async () => {
    renderWithQuery(<TimeRangeSlider />);
    const later = await screen.findByRole("button", { name: "2018-01: events 1" });
    const earlier = screen.getByRole("button", { name: "2017-11: events 2" });
    fireEvent.pointerDown(later);
    fireEvent.pointerOver(earlier);
    expect(earlier.className).toContain("in-range");
    fireEvent.pointerUp(earlier);
    expect(useViewStore.getState()).toMatchObject({ from: "2017-11-01", to: "2018-01-31" });
  });

  it("narrows to a month from the keyboard", async () => {
    renderWithQuery(<TimeRangeSlider />);
    fireEvent.keyDown(await screen.findByRole("button", { name: "2018-01: events 1" }), { key: "Enter" });
    expect(useViewStore.getState()).toMatchObject({ from: "2018-01-01", to: "2018-01-31" });
  });
});
