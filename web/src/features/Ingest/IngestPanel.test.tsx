// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { IngestBody, IngestResult } from "../../../../model/api.ts";
import { articleId, nodeId } from "../../../../model/ids.ts";
import { useViewStore } from "../../state/viewState.ts";
import { useSignInDialog } from "../Account/signInDialogState.ts";
import { renderWithQuery, stubFetch } from "../Timeline/renderWithQuery.tsx";
import { IngestPanel } from "./IngestPanel.tsx";

const TEXT = "بحث الرئيس السوري بشار الأسد مع الرئيس البرازيلي ماركوس فييرا في دمشق";
const assad = {
  id: nodeId("person:bashar-al-assad"),
  kind: "Person" as const,
  name: { ar: "بشار الأسد", en: "Bashar al-Assad" },
};
const vieira = {
  id: nodeId("person:ar-vieira"),
  kind: "Person" as const,
  name: { ar: "ماركوس فييرا", en: null },
};

function resultFor(body: IngestBody): IngestResult {
  const at = (s: string) => ({ text: s, start: body.text.indexOf(s), end: body.text.indexOf(s) + s.length });
  return {
    article: {
      id: articleId("a1"),
      title: body.title ?? null,
      published: body.published ?? null,
      publishedPrecision: "day",
      source: null,
      language: "ar",
      length: body.text.length,
    },
    dryRun: body.dryRun,
    added: body.dryRun ? [] : [vieira],
    merged: body.dryRun ? [] : [assad],
    edgesAdded: body.dryRun ? 0 : 5,
    extraction: {
      article: { id: "a1", title: null, published: null },
      entities: [
        { id: assad.id, type: "Person", name: assad.name, mentions: [at("بشار الأسد")] },
        { id: vieira.id, type: "Person", name: vieira.name, mentions: [at("ماركوس فييرا")] },
      ],
      events: [],
    },
  };
}

describe("IngestPanel", () => {
  let calls: ReturnType<typeof stubFetch>;
  beforeEach(() => {
    useViewStore.getState().reset();
    calls = stubFetch({
      "/api/articles": (_url, init) => ({ body: resultFor(JSON.parse(String(init?.body)) as IngestBody) }),
    });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  const fill = () => {
    fireEvent.change(screen.getByTestId("ingest-text"), { target: { value: TEXT } });
    fireEvent.change(screen.getByTestId("ingest-published"), { target: { value: "2022-03-14" } });
  };

  it("previews with a dry run and marks each mention in the text", async () => {
    renderWithQuery(<IngestPanel />);
    expect(screen.getByTestId("ingest-preview")).toHaveProperty("disabled", true);
    fill();
    fireEvent.click(screen.getByTestId("ingest-preview"));
    const marked = await screen.findByTestId("ingest-marked");
    expect([...marked.querySelectorAll("mark")].map((m) => m.textContent)).toEqual([
      "بشار الأسد",
      "ماركوس فييرا",
    ]);
    expect(marked.textContent).toBe(TEXT);
    const sent = JSON.parse(String(calls[0]?.init?.body)) as IngestBody;
    expect(sent).toEqual({ text: TEXT, title: null, published: "2022-03-14", source: null, dryRun: true });
  });

  it("adds the article, refreshes graph queries and shows new vs known nodes", async () => {
    const { client } = renderWithQuery(<IngestPanel />);
    const invalidate = vi.spyOn(client, "invalidateQueries");
    fill();
    fireEvent.click(screen.getByTestId("ingest-confirm"));
    const result = await screen.findByTestId("ingest-result");
    expect(screen.getByTestId("ingest-added").textContent).toContain("ماركوس فييرا");
    expect(screen.getByTestId("ingest-merged").textContent).toContain("Bashar al-Assad");
    expect(result.textContent).toContain("5 links added");
    expect(invalidate).toHaveBeenCalled();
    fireEvent.click(screen.getByText("ماركوس فييرا"));
    expect(useViewStore.getState().selected).toBe(vieira.id);
  });

  it("shows the server's reason when it refuses the article", async () => {
    stubFetch({
      "/api/articles": () => ({
        status: 400,
        body: { error: "BadRequest", message: "published must be YYYY-MM-DD" },
      }),
    });
    renderWithQuery(<IngestPanel />);
    fill();
    fireEvent.click(screen.getByTestId("ingest-preview"));
    expect((await screen.findByRole("alert")).textContent).toContain("published must be YYYY-MM-DD");
  });

  it("invites signing in when the server answers 401, and asks again who is signed in", async () => {
    const sessionChecks: string[] = [];
    stubFetch({
      "/api/articles": () => ({
        status: 401,
        body: { error: "Unauthorized", message: "sign in to change the graph" },
      }),
      "/api/session": (url) => {
        sessionChecks.push(url.pathname);
        return { body: { user: null, csrfToken: null, usersConfigured: true } };
      },
    });
    renderWithQuery(<IngestPanel />);
    fill();
    fireEvent.click(screen.getByTestId("ingest-confirm"));
    const invite = await screen.findByTestId("sign-in-invite");
    expect(invite.textContent).toContain("Sign in as an editor to add articles.");
    fireEvent.click(within(invite).getByRole("button", { name: "Sign in" }));
    expect(useSignInDialog.getState().open).toBe(true);
    expect(sessionChecks.length).toBeGreaterThan(0);
  });
});
