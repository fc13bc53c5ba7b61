/**
 * TEST SUPPORT ONLY. A CypherRunner that answers from canned rows and records every statement it is sent
 * with its parameters: for the reads only a real Neo4j can run (fulltext, ego networks, k paths), tests
 * check what is asked of the database and how the rows it returns become an answer.
 */
import { articleId } from "../../../model/ids.ts";
import { encodeEvidence } from "./evidence.ts";
import type { CypherRunner, Params, Row } from "./session.ts";
import { toPlain } from "./values.ts";

export type Answer = Row[] | ((params: Params) => Row[]);

export interface FakeRunner extends CypherRunner {
  calls: { query: string; params: Params }[];
  /** The parameters of every call of one statement, driver Integers turned into numbers. */
  paramsOf(query: string): Record<string, unknown>[];
}

export function fakeRunner(answers: Map<string, Answer>): FakeRunner {
  const calls: { query: string; params: Params }[] = [];
  const run = async (query: string, params: Params = {}) => {
    calls.push({ query, params });
    const answer = answers.get(query);
    if (answer === undefined) throw new Error(`fake runner: no answer for ${query.slice(0, 80)}`);
    return typeof answer === "function" ? answer(params) : answer;
  };
  return {
    calls,
    paramsOf: (query) =>
      calls.filter((c) => c.query === query).map((c) => toPlain(c.params) as Record<string, unknown>),
    read: run,
    write: (work) => work(run),
    ping: async () => undefined,
    close: async () => undefined,
  };
}

/** A stored evidence string for canned rows: a sentence of article a1 at `start`, maybe naming a mention. */
export const testQuote = (start: number, mention?: number) =>
  encodeEvidence({
    articleId: articleId("a1"),
    start,
    end: start + 10,
    quote: `جملة ${start}`,
    ...(mention === undefined ? {} : { mentionStart: mention, mentionEnd: mention + 3 }),
  });
