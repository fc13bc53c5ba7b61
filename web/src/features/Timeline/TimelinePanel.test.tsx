// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { EventSummary, TimelinePayload } from "../../../../model/api.ts";
import { nodeId } from "../../../../model/ids.ts";
import type { EventType } from "../../../../model/kinds.ts";
import { useHighlightStore } from "../../state/highlight.ts";
import { useViewStore } from "../../state/viewState.ts";
import { stubScrollBoxes } from "../../test/layoutStub.ts";
import { renderWithQuery, stubFetch } from "./renderWithQuery.tsx";
import { TimelinePanel } from "./TimelinePanel.tsx";

const putin = {
  id: nodeId("person:vladimir-putin"),
  kind: "Person" as const,
  name: { ar: "بوتين", en: "Vladimir Putin" },
};
const sisi = { id: nodeId("person:sisi"), kind: "Person" as const, name: { ar: "السيسي", en: "Sisi" } };
const cairo = { id: nodeId("place:cairo"), kind: "Place" as const, name: { ar: "القاهرة", en: "Cairo" } };

const summary = (id: string, date: string | null, type: EventType, extra = {}): EventSummary => ({
  event: { id: nodeId(id), kind: "Event", name: { ar: id, en: id }, date, eventType: type, ...extra },
  role: null,
  participantConfidence: {},
  participants: [putin, sisi],
  place: cairo,
  topics: [],
  articles: [],
  evidence: [],
});

const payload: TimelinePayload = {
  truncated: false,
  events: [
    summary("event:b", "2018-10-17", "Agreement"),
    summary("event:a", "2017-12-11", "Meeting"),
    summary("event:c", "2017-11-22", "Summit", { planned: true }),
  ],
};

describe("TimelinePanel", () => {
  let calls: ReturnType<typeof stubFetch>;
  beforeEach(() => {
    useViewStore.getState().reset();
    calls = stubFetch({ "/api/timeline": () => ({ body: payload }) });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("draws an undated event as the span it lies in, in order by its last day, marked when uncertain", async () => {
    const sochi = summary("event:sochi", null, "Meeting", {
      dateFrom: null,
      dateTo: "2017-11-21",
      dateUncertain: true,
    });
    stubFetch({ "/api/timeline": () => ({ body: { ...payload, events: [...payload.events, sochi] } }) });
    renderWithQuery(<TimelinePanel />);
    const rows = await screen.findAllByTestId("timeline-event");
    expect(rows.map((r) => r.getAttribute("data-event-id"))).toEqual([
      "event:sochi",
      "event:c",
      "event:a",
      "event:b",
    ]);
    const date = rows[0]!.querySelector("time")!;
    expect(date.textContent).toBe("by 2017-11-21");
    expect(date.className).toBe("tl-date tl-span");
    expect([date.dataset.from, date.dataset.to]).toEqual(["open", "closed"]);
    expect(within(rows[0]!).getByTestId("date-uncertain").textContent).toBe("date uncertain in this range");
    expect(within(rows[1]!).queryByTestId("date-uncertain")).toBeNull();
  });

  it("lists events in date order with type, people, place and the planned mark", async () => {
    renderWithQuery(<TimelinePanel />);
    const rows = await screen.findAllByTestId("timeline-event");
    expect(rows.map((r) => r.getAttribute("data-event-id"))).toEqual(["event:c", "event:a", "event:b"]);
    expect(rows[0]?.textContent).toContain("planned");
    expect(rows[1]?.textContent).toContain("Meeting");
    expect(rows[1]?.textContent).toContain("Vladimir Putin · Sisi");
    expect(rows[1]?.textContent).toContain("at Cairo");
  });

  it("sends the view's time range and the chosen type to the API", async () => {
    useViewStore.getState().set({ from: "2017-01-01", to: "2020-12-31" });
    renderWithQuery(<TimelinePanel />);
    await screen.findAllByTestId("timeline-event");
    fireEvent.change(screen.getByRole("combobox"), { target: { value: "Meeting" } });
    await waitFor(() => expect(calls.at(-1)?.url.searchParams.get("types")).toBe("Meeting"));
    expect(calls.at(-1)?.url.searchParams.get("from")).toBe("2017-01-01");
    expect(calls.at(-1)?.url.searchParams.get("to")).toBe("2020-12-31");
  });

  it("highlights an event's nodes on hover and selects it on click", async () => {
    renderWithQuery(<TimelinePanel />);
    const [first] = await screen.findAllByTestId("timeline-event");
    const button = within(first!).getByRole("button");
    fireEvent.mouseEnter(button);
    expect(useHighlightStore.getState().nodeIds).toEqual(["event:c", putin.id, sisi.id, cairo.id]);
    fireEvent.mouseLeave(button);
    expect(useHighlightStore.getState().nodeIds).toEqual([]);
    fireEvent.click(button);
    expect(useViewStore.getState().selected).toBe("event:c");
  });

  it("shows the API's error message", async () => {
    stubFetch({
      "/api/timeline": () => ({ status: 500, body: { error: "Internal", message: "store exploded" } }),
    });
    renderWithQuery(<TimelinePanel />);
    expect((await screen.findByRole("alert")).textContent).toContain("store exploded");
  });

  it("draws only the rows in view of 2,000 events, and tells each one's place in the whole", async () => {
    const restore = stubScrollBoxes();
    try {
      const many = Array.from({ length: 2000 }, (_, i) =>
        summary(
          `event:e${String(i).padStart(4, "0")}`,
          `2019-01-${String((i % 28) + 1).padStart(2, "0")}`,
          "Meeting",
        ),
      );
      stubFetch({ "/api/timeline": () => ({ body: { truncated: false, events: many } }) });
      renderWithQuery(<TimelinePanel />);
      await screen.findByText("2,000 events");
      const rows = screen.getAllByTestId("timeline-event");
      expect(rows.length).toBeLessThan(50);
      expect(rows[0]?.getAttribute("aria-setsize")).toBe("2000");
    } finally {
      restore();
    }
  });
});
