// @vitest-environment jsdom
/**
 * The Cypher panel against a stubbed API: on Neo4j a query runs with Ctrl+Enter and its parameters,
 * the answer is a table, graph rows can be added to the canvas and the query joins the history; a
 * refusal shows the server's message; on the embedded store the panel points at the Questions panel.
 */
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ConsoleAnswer } from "../../../../model/cypherConsole.ts";
import type { GraphNode } from "../../../../model/graph.ts";
import { nodeId } from "../../../../model/ids.ts";
import { useAddedGraph } from "../../state/addedGraph.ts";
import { useViewStore } from "../../state/viewState.ts";
import { renderWithQuery, stubFetch } from "../Timeline/renderWithQuery.tsx";
import { CypherPanel } from "./CypherPanel.tsx";
import { HISTORY_KEY } from "./consoleHistory.ts";

const putin: GraphNode = {
  id: nodeId("person:putin"),
  kind: "Person",
  name: { ar: "بوتين", en: "Vladimir Putin" },
};
const ANSWER: ConsoleAnswer = {
  columns: ["p", "n"],
  rows: [
    [{ "@type": "node", elementId: "4:1", labels: ["Node", "Person"], properties: {}, graph: putin }, 3],
  ],
  truncated: true,
  limits: { timeoutMs: 5000, rowLimit: 1 },
  graph: { nodes: [putin], edges: [] },
};

beforeEach(() => {
  useViewStore.getState().reset();
  useAddedGraph.setState({ added: null });
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("CypherPanel on Neo4j", () => {
  it("runs with Ctrl+Enter, sends the parameters, shows the table and adds the nodes to the canvas", async () => {
    const calls = stubFetch({
      "/api/health": () => ({ body: { ok: true, store: "neo4j" } }),
      "/api/cypher": () => ({ body: ANSWER }),
    });
    renderWithQuery(<CypherPanel />);
    const query = await screen.findByTestId("cypher-query");
    fireEvent.change(screen.getByTestId("cypher-params"), { target: { value: '{"n": 3}' } });
    fireEvent.change(query, { target: { value: "MATCH (p:Person) RETURN p, $n AS n" } });
    fireEvent.keyDown(query, { key: "Enter", ctrlKey: true });
    const answer = await screen.findByTestId("cypher-answer");
    expect(answer.textContent).toContain("Vladimir Putin (Person)");
    expect(answer.textContent).toContain("Cut at 1 rows");
    const sent = calls.find((c) => c.url.pathname === "/api/cypher")!;
    expect(JSON.parse(String(sent.init?.body))).toEqual({
      query: "MATCH (p:Person) RETURN p, $n AS n",
      params: { n: 3 },
    });
    fireEvent.click(screen.getByTestId("cypher-add"));
    expect(useAddedGraph.getState().added?.nodes).toEqual([putin]);
    expect(JSON.parse(localStorage.getItem(HISTORY_KEY)!)[0].query).toBe(
      "MATCH (p:Person) RETURN p, $n AS n",
    );
  });

  it("refuses parameters that are not a JSON object without asking the server", async () => {
    const calls = stubFetch({ "/api/health": () => ({ body: { ok: true, store: "neo4j" } }) });
    renderWithQuery(<CypherPanel />);
    fireEvent.change(await screen.findByTestId("cypher-query"), { target: { value: "RETURN $x" } });
    fireEvent.change(screen.getByTestId("cypher-params"), { target: { value: "[1]" } });
    fireEvent.click(screen.getByTestId("cypher-run"));
    expect((await screen.findByRole("alert")).textContent).toMatch(/JSON object/);
    expect(calls.some((c) => c.url.pathname === "/api/cypher")).toBe(false);
  });

  it("shows the server's refusal", async () => {
    stubFetch({
      "/api/health": () => ({ body: { ok: true, store: "neo4j" } }),
      "/api/cypher": () => ({
        status: 403,
        body: { error: "Forbidden", message: "the Cypher console is read-only" },
      }),
    });
    renderWithQuery(<CypherPanel />);
    fireEvent.change(await screen.findByTestId("cypher-query"), { target: { value: "CREATE (n)" } });
    fireEvent.click(screen.getByTestId("cypher-run"));
    expect((await screen.findByTestId("cypher-error")).textContent).toBe("the Cypher console is read-only");
  });
});

describe("CypherPanel on the embedded store", () => {
  it("says it needs Neo4j and opens the Questions panel", async () => {
    stubFetch({ "/api/health": () => ({ body: { ok: true, store: "embedded" } }) });
    renderWithQuery(<CypherPanel />);
    fireEvent.click(await screen.findByTestId("cypher-to-questions"));
    expect(useViewStore.getState().panel).toBe("questions");
    expect(screen.queryByTestId("cypher-query")).toBeNull();
  });
});
