/**
 * The Cypher console (issue 13): read-only queries on the Neo4j store, with parameters and a history,
 * answered as a table; graph nodes and edges in the answer can be added to the canvas. On the embedded
 * store (GET /api/health says which) it says so and points at the Questions panel.
 */
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { Health } from "../../../../model/api.ts";
import type { ConsoleAnswer } from "../../../../model/cypherConsole.ts";
import { fetchJson } from "../../api/client.ts";
import { useT } from "../../i18n/useT.ts";
import { useAddedGraph } from "../../state/addedGraph.ts";
import { useViewStore } from "../../state/viewState.ts";
import { type HistoryEntry, parseParams, readHistory, remember } from "./consoleHistory.ts";
import { resultGraph, resultTable } from "./consoleResult.ts";
import "../Questions/questions.css";
import "./cypher.css";

/** The store kind, from /api/health (a 503 still names it). */
function useStoreKind() {
  return useQuery({
    queryKey: ["health-store"],
    queryFn: async () => {
      const res = await fetch("/api/health", { headers: { accept: "application/json" } });
      return ((await res.json()) as Health).store;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

const runQuery = (entry: HistoryEntry, params: Record<string, unknown>) =>
  fetchJson<ConsoleAnswer>("/api/cypher", {
    method: "POST",
    body: JSON.stringify({ query: entry.query, params }),
  });

function NeedsNeo4j() {
  const { t } = useT();
  return (
    <div data-testid="cypher-needs-neo4j">
      <p>{t("cyNeedsNeo4j")}</p>
      <button
        type="button"
        className="linklike"
        data-testid="cypher-to-questions"
        onClick={() => useViewStore.getState().set({ panel: "questions" })}
      >
        {t("cyUseQuestions")}
      </button>
    </div>
  );
}

function Answer({ answer }: { answer: ConsoleAnswer }) {
  const { t, name } = useT();
  const added = useAddedGraph((s) => s.added);
  const table = resultTable(answer, name);
  const graph = resultGraph(answer);
  return (
    <div className="q-answer" data-testid="cypher-answer">
      <p className="q-summary">
        {t("cyRows", { count: answer.rows.length })}
        {answer.truncated && (
          <span className="q-warning"> {t("cyTruncated", { limit: answer.limits.rowLimit })}</span>
        )}
      </p>
      {graph && (
        <button
          type="button"
          data-testid="cypher-add"
          onClick={() => useAddedGraph.setState({ added: graph })}
        >
          {t("cyAddToCanvas")}
        </button>
      )}
      {added && (
        <p>
          {t("cyAdded", { count: added.nodes.length })}{" "}
          <button type="button" className="linklike" onClick={() => useAddedGraph.setState({ added: null })}>
            {t("cyClearAdded")}
          </button>
        </p>
      )}
      <table className="q-table" dir="ltr">
        <thead>
          <tr>
            {answer.columns.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.map((row, i) => (
            // Rows have no identity of their own; their order is the answer's.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <tr key={i}>
              {row.map((cell, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                <td key={j}>
                  <bdi>{cell}</bdi>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * One query at a time, the last answer or error kept. (Not TanStack's useMutation: sharing it with the
 * first screen would split it into a chunk of its own and cost the initial bundle more than this.)
 */
function useRun() {
  const [state, setState] = useState<{ pending: boolean; data?: ConsoleAnswer; error?: Error }>({
    pending: false,
  });
  const start = (entry: HistoryEntry, params: Record<string, unknown>) => {
    setState({ pending: true });
    runQuery(entry, params).then(
      (data) => setState({ pending: false, data }),
      (error: Error) => setState({ pending: false, error }),
    );
  };
  return { ...state, start };
}

function Console() {
  const { t } = useT();
  const [draft, setDraft] = useState<HistoryEntry>({ query: "", params: "" });
  const [history, setHistory] = useState(() => readHistory());
  const [paramsBad, setParamsBad] = useState(false);
  const run = useRun();
  const submit = () => {
    if (!draft.query.trim()) return;
    const parsed = parseParams(draft.params);
    setParamsBad("error" in parsed);
    if ("error" in parsed) return;
    setHistory(remember(draft));
    run.start(draft, parsed.params);
  };
  return (
    <>
      <form
        className="q-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label>
          {t("cyQuery")}
          <textarea
            dir="ltr"
            rows={6}
            spellCheck={false}
            data-testid="cypher-query"
            value={draft.query}
            onChange={(e) => setDraft({ ...draft, query: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                submit();
              }
            }}
          />
        </label>
        <label>
          {t("cyParams")}
          <textarea
            dir="ltr"
            rows={2}
            spellCheck={false}
            data-testid="cypher-params"
            placeholder='{"id": "person:putin"}'
            value={draft.params}
            onChange={(e) => setDraft({ ...draft, params: e.target.value })}
          />
        </label>
        {paramsBad && (
          <p role="alert" className="q-error">
            {t("cyParamsBad")}
          </p>
        )}
        <button type="submit" data-testid="cypher-run" disabled={run.pending || !draft.query.trim()}>
          {run.pending ? t("cyRunning") : t("cyRun")}
        </button>
      </form>
      {history.length > 0 && (
        <details>
          <summary>{t("cyHistory")}</summary>
          <ul className="cypher-history" data-testid="cypher-history">
            {history.map((h) => (
              <li key={`${h.query}\n${h.params}`}>
                <button type="button" className="linklike" dir="ltr" onClick={() => setDraft(h)}>
                  {h.query}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {run.error && (
        <p role="alert" className="q-error" data-testid="cypher-error">
          {run.error.message}
        </p>
      )}
      {run.data && <Answer answer={run.data} />}
    </>
  );
}

export function CypherPanel() {
  const { t } = useT();
  const store = useStoreKind();
  return (
    <section className="feature-panel cypher-panel" aria-labelledby="cypher-title">
      <h2 id="cypher-title">{t("cyTitle")}</h2>
      {store.data === "embedded" ? <NeedsNeo4j /> : store.data ? <Console /> : null}
    </section>
  );
}
