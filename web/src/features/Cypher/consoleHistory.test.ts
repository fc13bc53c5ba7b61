/** The console's history in localStorage and its parameters field (consoleHistory.ts). */
import { describe, expect, it } from "vitest";
import { HISTORY_KEY, HISTORY_SIZE, parseParams, readHistory, remember } from "./consoleHistory.ts";

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

describe("console history", () => {
  it("keeps the newest first, a repeated query once, and at most 20", () => {
    const storage = memoryStorage();
    for (let i = 0; i < 25; i++) remember({ query: `RETURN ${i}`, params: "" }, storage);
    remember({ query: "RETURN 10", params: "" }, storage);
    const history = readHistory(storage);
    expect(history).toHaveLength(HISTORY_SIZE);
    expect(history[0]).toEqual({ query: "RETURN 10", params: "" });
    expect(history[1]!.query).toBe("RETURN 24");
    expect(history.filter((e) => e.query === "RETURN 10")).toHaveLength(1);
  });

  it("keeps the same query with other parameters as another entry", () => {
    const storage = memoryStorage();
    remember({ query: "RETURN $x", params: '{"x":1}' }, storage);
    remember({ query: "RETURN $x", params: '{"x":2}' }, storage);
    expect(readHistory(storage)).toHaveLength(2);
  });

  it("forgets a damaged store instead of failing", () => {
    expect(readHistory(memoryStorage({ [HISTORY_KEY]: "{nope" }))).toEqual([]);
    expect(
      readHistory(memoryStorage({ [HISTORY_KEY]: '[{"query":1},{"query":"RETURN 1","params":""}]' })),
    ).toEqual([{ query: "RETURN 1", params: "" }]);
  });

  it("still answers when storage refuses to write", () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error("quota");
      },
    };
    expect(remember({ query: "RETURN 1", params: "" }, full)).toEqual([{ query: "RETURN 1", params: "" }]);
  });
});

describe("parseParams", () => {
  it("reads an empty field as no parameters and a JSON object as the parameters", () => {
    expect(parseParams("  ")).toEqual({ params: {} });
    expect(parseParams('{"id": "person:putin", "n": 3}')).toEqual({ params: { id: "person:putin", n: 3 } });
  });

  it("refuses JSON that is not an object, and text that is not JSON", () => {
    expect(parseParams("[1]")).toEqual({ error: "not-object" });
    expect(parseParams("3")).toEqual({ error: "not-object" });
    expect(parseParams("{id:")).toHaveProperty("error");
  });
});
