/** The console's syntax check (neo4j/consoleLint.ts) with Neo4j's own linter, on the sample queries. */
import { afterAll, describe, expect, it } from "vitest";
import { ConsoleError } from "../../../model/cypherConsole.ts";
import { checkConsoleSyntax, closeConsoleLint, MAX_LINTED } from "./consoleLint.ts";
import {
  CONSOLE_BAD_SYNTAX,
  CONSOLE_COUNT_WRITES,
  CONSOLE_READS,
  CONSOLE_SLOW,
  CONSOLE_WRITE,
} from "./cypherConsoleSamples.ts";

const refusal = (query: string, params: Record<string, unknown> = {}) =>
  checkConsoleSyntax(query, params).then(
    () => null,
    (e: unknown) => e,
  );

afterAll(() => closeConsoleLint());

describe("checkConsoleSyntax", () => {
  it.each(Object.entries(CONSOLE_READS))("lets the valid read %s through", async (_name, query) => {
    expect(await refusal(query, { id: "person:putin" })).toBeNull();
  });

  it("lets a write and a slow query through: refusing them is Neo4j's job (read transaction, timeout)", async () => {
    for (const query of [CONSOLE_WRITE, CONSOLE_COUNT_WRITES, CONSOLE_SLOW])
      expect(await refusal(query)).toBeNull();
  });

  it("names the problem and where it is", async () => {
    const unclosed = await refusal(CONSOLE_BAD_SYNTAX.unclosed);
    expect(unclosed).toBeInstanceOf(ConsoleError);
    expect(unclosed).toMatchObject({ code: "syntax" });
    expect((unclosed as Error).message).toMatch(
      /^the query is not valid Cypher: line 1, column 10: Invalid input 'RETURN'/,
    );
    const typo = await refusal(CONSOLE_BAD_SYNTAX.typo);
    expect((typo as Error).message).toMatch(/Invalid input 'RETRUN'/);
  });

  it("counts lines and columns from the start of the query", async () => {
    const thrown = await refusal(CONSOLE_BAD_SYNTAX.secondLine);
    expect((thrown as Error).message).toMatch(/line 2, column/);
  });

  it("a parameter the query uses but the request does not give is refused by name", async () => {
    const thrown = await refusal(CONSOLE_READS.withParams, {});
    expect((thrown as Error).message).toMatch(/\$id/);
  });
});

describe("checkConsoleSyntax, when the linter cannot help", () => {
  it("lets a query longer than MAX_LINTED go on unchecked (Neo4j will judge it)", async () => {
    const long = `${CONSOLE_BAD_SYNTAX.unclosed} ${" ".repeat(MAX_LINTED)}`;
    expect(await refusal(long)).toBeNull();
  });

  it("lets the query go on unchecked when the linter does not answer within its budget", async () => {
    expect(await checkConsoleSyntax(CONSOLE_BAD_SYNTAX.typo, {}, { budgetMs: 0 })).toBeUndefined();
  });
});
