// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ReviewQueuePage } from "../../../../model/curation.ts";
import { useViewStore } from "../../state/viewState.ts";
import { ARTICLE, editorSession, QUEUE, viewerSession } from "../../test/curationFixtures.ts";
import { renderWithQuery, stubFetch } from "../Timeline/renderWithQuery.tsx";
import { ReviewPanel } from "./ReviewPanel.tsx";

const posts = (calls: ReturnType<typeof stubFetch>) =>
  calls
    .filter((c) => c.init?.method === "POST")
    .map((c) => ({ path: c.url.pathname, body: JSON.parse(String(c.init?.body)) }));

/** The queue as a server would answer it: the decided events drop out and `remaining` counts down. */
function queueServer(status: (body: { target: { id: string } }) => { status?: number; body: unknown }) {
  let page: ReviewQueuePage = structuredClone(QUEUE);
  return stubFetch({
    "/api/session": () => ({ body: editorSession }),
    "/api/review/queue": () => ({ body: page }),
    "/api/review/status": (_url, init) => {
      const body = JSON.parse(String(init?.body));
      const answer = status(body);
      if (!answer.status || answer.status < 400)
        page = {
          ...page,
          items: page.items.filter((i) => i.event.id !== body.target.id),
          remaining: page.remaining - 1,
        };
      return answer;
    },
    "/api/review/confirm": (_url, init) => {
      const ids = new Set(JSON.parse(String(init?.body)).items.map((i: { id: string }) => i.id));
      page = {
        ...page,
        items: page.items.filter((i) => !ids.has(i.event.id)),
        remaining: page.remaining - ids.size,
      };
      return { body: { entries: [], reviews: [], created: [] } };
    },
    "/api/articles/": () => ({ body: ARTICLE }),
    "/api/audit": () => ({ body: { entries: [], total: 0 } }),
    "/api/corrections/orphans": () => ({ body: [] }),
  });
}

describe("review queue", () => {
  beforeEach(() => {
    useViewStore.getState().reset();
    Element.prototype.scrollIntoView = () => {};
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("lists unreviewed events least sure first, with how many are left and the sentence in its article", async () => {
    queueServer(() => ({ body: {} }));
    renderWithQuery(<ReviewPanel />);
    const rows = await screen.findAllByTestId("queue-row");
    expect(rows.map((r) => r.dataset.eventId)).toEqual([
      "event:meeting:low",
      "event:meeting:mid",
      "event:meeting:high",
    ]);
    expect(screen.getByTestId("review-left").textContent).toBe("12 left to review");
    expect(rows[0]!.getAttribute("aria-selected")).toBe("true");
    const sentence = await screen.findByTestId("queue-sentence");
    const marked = await within(sentence).findAllByTestId("article-span");
    expect(marked.map((m) => m.textContent).join("")).toBe(QUEUE.items[0]!.evidence[0]!.quote);
  });

  it("confirms with c and rejects with x after moving with j, sending the version seen", async () => {
    const calls = queueServer(() => ({ body: { entries: [], reviews: [], created: [] } }));
    renderWithQuery(<ReviewPanel />);
    const list = await screen.findByTestId("queue-list");
    fireEvent.keyDown(list, { key: "c" });
    // The decided row leaves at once; the count follows.
    await waitFor(() =>
      expect(screen.getAllByTestId("queue-row").map((r) => r.dataset.eventId)).toEqual([
        "event:meeting:mid",
        "event:meeting:high",
      ]),
    );
    expect(screen.getByTestId("review-left").textContent).toBe("11 left to review");
    fireEvent.keyDown(list, { key: "j" });
    expect(screen.getAllByTestId("queue-row")[1]!.getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(list, { key: "x" });
    await waitFor(() => expect(screen.getByTestId("review-left").textContent).toBe("10 left to review"));
    expect(posts(calls)).toEqual([
      {
        path: "/api/review/status",
        body: { target: { kind: "event", id: "event:meeting:low" }, status: "confirmed", version: 0 },
      },
      {
        path: "/api/review/status",
        body: { target: { kind: "event", id: "event:meeting:high" }, status: "rejected", version: 0 },
      },
    ]);
    // Writes carry the session's CSRF token.
    const write = calls.find((c) => c.init?.method === "POST")!;
    expect((write.init!.headers as Record<string, string>)["x-csrf-token"]).toBe("csrf-1");
  });

  it("says who changed an event meanwhile when the server answers 409, and puts the row back", async () => {
    queueServer(() => ({
      status: 409,
      body: {
        error: "Conflict",
        message: "version 0 is stale",
        conflicts: [
          {
            kind: "event",
            id: "event:meeting:low",
            expected: 0,
            current: { status: "edited", by: "Omar", at: "2026-12-07T10:00:00Z", version: 2 },
            record: null,
          },
        ],
      },
    }));
    renderWithQuery(<ReviewPanel />);
    fireEvent.keyDown(await screen.findByTestId("queue-list"), { key: "c" });
    const alert = await screen.findByTestId("write-conflict");
    expect(alert.textContent).toContain("Changed by Omar meanwhile — reload to see their version.");
    expect(within(alert).getByRole("button", { name: "Reload" })).toBeTruthy();
    expect(screen.getAllByTestId("queue-row")[0]!.dataset.eventId).toBe("event:meeting:low");
  });

  it("invites signing in again when the session ended (401) instead of a bare error", async () => {
    queueServer(() => ({ status: 401, body: { error: "Unauthorized", message: "sign in first" } }));
    renderWithQuery(<ReviewPanel />);
    fireEvent.keyDown(await screen.findByTestId("queue-list"), { key: "x" });
    expect(await screen.findByTestId("sign-in-invite")).toBeTruthy();
    expect(screen.queryByTestId("write-error")).toBeNull();
  });

  it("bulk confirms the ticked events in one request", async () => {
    const calls = queueServer(() => ({ body: {} }));
    renderWithQuery(<ReviewPanel />);
    const list = await screen.findByTestId("queue-list");
    fireEvent.keyDown(list, { key: " " });
    fireEvent.click(screen.getAllByTestId("queue-tick")[2]!);
    fireEvent.click(screen.getByRole("button", { name: "Confirm 2 selected" }));
    await waitFor(() => expect(screen.getByTestId("review-left").textContent).toBe("10 left to review"));
    expect(posts(calls)).toEqual([
      {
        path: "/api/review/confirm",
        body: {
          items: [
            { kind: "event", id: "event:meeting:low", version: 0 },
            { kind: "event", id: "event:meeting:high", version: 0 },
          ],
        },
      },
    ]);
  });

  it("edits with e: only the changed field is sent, Escape cancels", async () => {
    const calls = stubFetch({
      "/api/session": () => ({ body: editorSession }),
      "/api/review/queue": () => ({ body: QUEUE }),
      "/api/events/": () => ({ body: { entries: [], reviews: [], created: [] } }),
      "/api/articles/": () => ({ body: ARTICLE }),
      "/api/nodes/": () => ({ status: 404, body: { error: "NotFound", message: "no" } }),
      "/api/audit": () => ({ body: { entries: [], total: 0 } }),
      "/api/corrections/orphans": () => ({ body: [] }),
    });
    renderWithQuery(<ReviewPanel />);
    const list = await screen.findByTestId("queue-list");
    fireEvent.keyDown(list, { key: "e" });
    const form = await screen.findByTestId("event-edit");
    fireEvent.keyDown(form, { key: "Escape" });
    expect(screen.queryByTestId("event-edit")).toBeNull();
    fireEvent.keyDown(list, { key: "e" });
    fireEvent.change(within(await screen.findByTestId("event-edit")).getByLabelText("Date"), {
      target: { value: "2017-12-12" },
    });
    fireEvent.submit(screen.getByTestId("event-edit"));
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0]).toEqual({
      path: "/api/events/event%3Ameeting%3Alow/edit",
      body: { version: 0, changes: { date: "2017-12-12" } },
    });
  });

  it("shows no queue and no edit controls to a visitor who is not signed in", async () => {
    stubFetch({
      "/api/session": () => ({ body: viewerSession }),
      "/api/audit": () => ({ body: { entries: [], total: 0 } }),
      "/api/corrections/orphans": () => ({ body: [] }),
    });
    renderWithQuery(<ReviewPanel />);
    await screen.findByTestId("sign-in-invite");
    expect(screen.queryByTestId("review-queue")).toBeNull();
    expect(screen.queryByRole("button", { name: /Confirm|Reject|Revert/ })).toBeNull();
  });
});
