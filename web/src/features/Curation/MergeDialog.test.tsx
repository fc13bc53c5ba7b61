// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { nodeId } from "../../../../model/ids.ts";
import { useViewStore } from "../../state/viewState.ts";
import { editorSession, viewerSession } from "../../test/curationFixtures.ts";
import { NODES, putinDetails } from "../../test/fixtures.ts";
import { renderWithQuery, stubFetch } from "../Timeline/renderWithQuery.tsx";
import { EntityCuration } from "./EntityCuration.tsx";

const duplicate = {
  ...NODES.putin,
  id: nodeId("person:putin"),
  name: { ar: "بوتين", en: "Putin" },
  review: { status: "extracted" as const, by: null, at: null, version: 4 },
};
const details = { ...putinDetails, node: duplicate };
const original = { ...putinDetails, node: { ...NODES.putin, review: { ...duplicate.review, version: 7 } } };

function server(merge: () => { status?: number; body: unknown }, session = editorSession) {
  return stubFetch({
    "/api/session": () => ({ body: session }),
    "/api/search": () => ({
      body: [
        {
          node: { id: NODES.putin.id, kind: "Person", name: NODES.putin.name },
          score: 1,
          matched: "Putin",
          snippet: null,
        },
      ],
    }),
    [`/api/nodes/${encodeURIComponent(NODES.putin.id)}`]: () => ({ body: original }),
    "/api/entities/": merge,
  });
}

async function pickAndAsk() {
  fireEvent.click(await screen.findByText(/Curate/));
  const input = screen.getByTestId("merge-picker");
  fireEvent.change(input, { target: { value: "Vladimir" } });
  fireEvent.mouseDown(await screen.findByTestId("merge-picker-option"));
  fireEvent.click(screen.getByTestId("merge-next"));
  return screen.findByTestId("merge-question");
}

describe("merge dialog", () => {
  beforeEach(() => useViewStore.getState().reset());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("asks before merging, sends both versions, then selects the entity merged into", async () => {
    const calls = server(() => ({ body: { entries: [], reviews: [], created: [] } }));
    renderWithQuery(<EntityCuration details={details} />);
    const question = await pickAndAsk();
    expect(question.textContent).toBe(
      "Merge Putin into Vladimir Putin? Every mention, event and office of Putin moves to Vladimir Putin.",
    );
    expect(document.activeElement).toBe(screen.getByTestId("merge-confirm"));
    // Wait for the target's version before confirming.
    await waitFor(() => expect(calls.some((c) => c.url.pathname.endsWith("vladimir-putin"))).toBe(true));
    await new Promise((r) => setTimeout(r, 0));
    fireEvent.click(screen.getByTestId("merge-confirm"));
    await waitFor(() => expect(useViewStore.getState().selected).toBe(NODES.putin.id));
    const post = calls.find((c) => c.init?.method === "POST")!;
    expect(post.url.pathname).toBe("/api/entities/person%3Aputin/merge");
    expect(JSON.parse(String(post.init?.body))).toEqual({ into: NODES.putin.id, version: 4, intoVersion: 7 });
  });

  it("shows the server's refusal (another kind, or itself) and keeps the selection", async () => {
    server(() => ({
      status: 400,
      body: { error: "Invalid", message: "cannot merge a Person into a Country" },
    }));
    useViewStore.getState().select(duplicate.id);
    renderWithQuery(<EntityCuration details={details} />);
    await pickAndAsk();
    fireEvent.click(screen.getByTestId("merge-confirm"));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Could not save: cannot merge a Person into a Country",
    );
    expect(useViewStore.getState().selected).toBe(duplicate.id);
  });

  it("is not there for a visitor", async () => {
    const calls = server(() => ({ body: {} }), viewerSession);
    renderWithQuery(<EntityCuration details={details} />);
    await waitFor(() => expect(calls.some((c) => c.url.pathname === "/api/session")).toBe(true));
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.queryByTestId("entity-curation")).toBeNull();
  });
});
