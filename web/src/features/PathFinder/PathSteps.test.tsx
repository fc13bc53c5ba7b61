// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { GraphPath, NodeRef, PathStep } from "../../../../model/api.ts";
import { edgeIdOf } from "../../../../model/graph.ts";
import { articleId, nodeId } from "../../../../model/ids.ts";
import { useViewStore } from "../../state/viewState.ts";
import { renderWithQuery, stubFetch } from "../Timeline/renderWithQuery.tsx";
import { PathSteps } from "./PathSteps.tsx";

const ref = (id: string, kind: NodeRef["kind"]): NodeRef => ({
  id: nodeId(id),
  kind,
  name: { ar: `ع-${id}`, en: id },
});
const [a, ev, b] = [ref("a", "Person"), ref("ev", "Event"), ref("b", "Person")];
const quote = { articleId: articleId("x"), start: 0, end: 5, quote: "جملة" };
const step = (from: NodeRef, to: NodeRef, source: NodeRef, target: NodeRef): PathStep => ({
  from,
  to,
  edge: {
    id: edgeIdOf("PARTICIPATED_IN", source.id, target.id),
    kind: "PARTICIPATED_IN" as const,
    source: source.id,
    target: target.id,
    evidence: [quote],
  },
  quote,
  inferred: false,
  reason: null,
});
const path: GraphPath = { nodes: [a, ev, b], steps: [step(a, ev, a, ev), step(ev, b, b, ev)] };

const article = {
  id: "x",
  title: "t",
  published: "2017-11-21",
  publishedPrecision: "day",
  source: "وكالات",
  language: "ar",
  length: 9,
};

describe("PathSteps", () => {
  beforeEach(() => {
    stubFetch({ "/api/articles": () => ({ body: [article] }) });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    useViewStore.getState().reset();
  });

  it("prints a sentence shared by consecutive steps once, with its article's date and source", async () => {
    renderWithQuery(<PathSteps path={path} />);
    expect(screen.getAllByText("جملة")).toHaveLength(1);
    const quote = screen.getByTestId("evidence-quote");
    expect(await screen.findByText("2017-11-21")).toBeTruthy();
    expect(quote.textContent).toContain("وكالات");
    screen.getByTestId("open-article").click();
    expect(useViewStore.getState().article).toBe("x@0");
    expect(screen.getAllByTestId("path-step")[1]?.textContent).toContain("Same sentence as the step above.");
  });

  it("shows 'inferred' with the reason instead of a quote that does not name both ends", () => {
    const inferred: PathStep = {
      ...step(ev, b, b, ev),
      quote: null,
      inferred: true,
      reason: "the report in x states it without naming both in one sentence",
    };
    renderWithQuery(<PathSteps path={{ ...path, steps: [path.steps[0]!, inferred] }} />);
    const second = screen.getAllByTestId("path-step")[1]!;
    expect(second.querySelector("blockquote")).toBeNull();
    expect(second.querySelector("[data-testid=inferred]")?.textContent).toBe(
      "inferred No sentence names both ends. (the report in x states it without naming both in one sentence)",
    );
  });

  it("points the relation arrows along the reading direction in Arabic", () => {
    useViewStore.getState().set({ lang: "ar" });
    renderWithQuery(<PathSteps path={path} />);
    const heads = screen.getAllByTestId("path-step").map((li) => li.firstElementChild?.textContent);
    expect(heads).toEqual(["ع-a — شارك في ← ع-ev", "ع-ev → شارك في — ع-b"]);
  });
});
