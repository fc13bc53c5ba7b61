// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useViewStore } from "../../state/viewState.ts";
import { confirmEntry, editorSession, viewerSession } from "../../test/curationFixtures.ts";
import { NODES } from "../../test/fixtures.ts";
import { renderWithQuery, stubFetch } from "../Timeline/renderWithQuery.tsx";
import { entryChanges } from "./entryDiff.ts";
import { HistorySection } from "./HistorySection.tsx";

const historyPath = `/api/nodes/${encodeURIComponent(NODES.meeting.id)}/history`;

describe("history", () => {
  beforeEach(() => useViewStore.getState().reset());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("names who did what, when, before → after, and why", async () => {
    stubFetch({
      "/api/session": () => ({ body: viewerSession }),
      [historyPath]: () => ({ body: [confirmEntry] }),
    });
    renderWithQuery(<HistorySection id={NODES.meeting.id} />);
    const entry = await screen.findByTestId("history-entry");
    expect(within(entry).getByTestId("history-by").textContent).toBe("Omar");
    expect(entry.querySelector("time")?.textContent).toBe("2026-12-07 10:15");
    expect(within(entry).getByTestId("history-action").textContent).toBe("status set");
    expect([entry.querySelector("del")?.textContent, entry.querySelector("ins")?.textContent]).toEqual([
      "extracted",
      "confirmed",
    ]);
    expect(entry.textContent).toContain("checked against the agency wire");
    // Readers see the history, not the Revert button.
    expect(within(entry).queryByTestId("history-revert")).toBeNull();
  });

  it("reverts as a new change and refreshes the history", async () => {
    let reverted = false;
    const calls = stubFetch({
      "/api/session": () => ({ body: editorSession }),
      [historyPath]: () => ({
        body: reverted
          ? [
              { ...confirmEntry, revertedBy: "c-2" },
              { ...confirmEntry, id: "c-2", by: "Layla", action: "revert", revertOf: "c-1", reason: null },
            ]
          : [confirmEntry],
      }),
      "/api/audit/c-1/revert": () => {
        reverted = true;
        return { body: { entries: [], reviews: [], created: [] } };
      },
    });
    renderWithQuery(<HistorySection id={NODES.meeting.id} />);
    fireEvent.click(await screen.findByRole("button", { name: "Revert change c-1" }));
    await waitFor(() => expect(screen.getAllByTestId("history-entry")).toHaveLength(2));
    const [newest, older] = screen.getAllByTestId("history-entry");
    expect(newest!.dataset.action).toBe("revert");
    expect(within(newest!).getByTestId("history-by").textContent).toBe("Layla");
    expect(older!.textContent).toContain("reverted");
    expect(screen.queryByTestId("history-revert")).toBeNull();
    const post = calls.find((c) => c.init?.method === "POST")!;
    expect(post.url.pathname).toBe("/api/audit/c-1/revert");
  });

  it("reads changes off the records kept, leaving review bookkeeping out", () => {
    const renamed = {
      ...confirmEntry,
      before: { nodes: { x: { ...NODES.putin, name: { ar: "بوتن", en: null } } }, edges: {} },
      after: { nodes: { x: NODES.putin }, edges: {} },
    };
    expect(entryChanges(renamed)).toEqual([
      { id: "x", field: "name", before: "بوتن", after: "فلاديمير بوتين / Vladimir Putin" },
    ]);
  });
});
