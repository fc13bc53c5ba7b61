// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useViewStore } from "../../state/viewState.ts";
import { NODES } from "../../test/fixtures.ts";
import { renderWithQuery, stubFetch } from "../Timeline/renderWithQuery.tsx";
import { TimelineRow } from "../Timeline/TimelineRow.tsx";
import { StatusBadge } from "./StatusBadge.tsx";

const at = "2026-12-07T10:15:00.000Z";

describe("review status badges", () => {
  beforeEach(() => useViewStore.getState().reset());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("marks confirmed, edited and rejected facts, naming who and when; nothing for an unreviewed one", () => {
    render(
      <>
        <StatusBadge review={{ status: "confirmed", by: "Layla", at, version: 1 }} />
        <StatusBadge review={{ status: "edited", by: "Omar", at, version: 3 }} />
        <StatusBadge review={{ status: "rejected", by: "Omar", at, version: 2 }} />
        <StatusBadge review={{ status: "extracted", by: null, at: null, version: 0 }} />
        <StatusBadge review={undefined} />
      </>,
    );
    const badges = screen.getAllByTestId("status-badge");
    expect(badges.map((b) => [b.dataset.status, b.textContent])).toEqual([
      ["confirmed", "✓"],
      ["edited", "✎"],
      ["rejected", "✗"],
    ]);
    expect(badges[0]!.getAttribute("title")).toBe("Confirmed by Layla, 2026-12-07 10:15");
    expect(screen.getByRole("img", { name: "Rejected by Omar, 2026-12-07 10:15" })).toBeTruthy();
  });

  it("speaks Arabic in an Arabic view", () => {
    useViewStore.getState().set({ lang: "ar" });
    render(<StatusBadge review={{ status: "confirmed", by: "ليلى", at, version: 1 }} />);
    expect(screen.getByTestId("status-badge").getAttribute("title")).toBe(
      "مؤكَّد بواسطة ليلى، 2026-12-07 10:15",
    );
  });

  it("shows in a timeline row", () => {
    stubFetch({});
    const event = { ...NODES.meeting, review: { status: "edited" as const, by: "Omar", at, version: 1 } };
    renderWithQuery(
      <ol>
        <TimelineRow
          summary={{
            event,
            role: null,
            participants: [],
            participantConfidence: {},
            place: null,
            topics: [],
            articles: [],
            evidence: [],
          }}
        />
      </ol>,
    );
    expect(screen.getByTestId("timeline-event").dataset.status).toBe("edited");
    expect(screen.getByTestId("status-badge").textContent).toBe("✎");
  });
});
