import { describe, expect, it } from "vitest";
import { formatRequest, isComplete, parseRequest } from "./questionRequest.ts";

describe("a question in the URL", () => {
  it("round-trips what the question takes", () => {
    const r = {
      id: "who-met" as const,
      x: "person:vladimir-putin",
      mode: "in-person" as const,
      from: "2017",
      to: "2017-12",
    };
    expect(parseRequest(formatRequest(r))).toEqual(r);
  });

  it("drops what the question does not take, and the default mode", () => {
    const s = formatRequest({ id: "busiest-weeks", topic: "topic:idlib", x: "person:stale", mode: "call" });
    expect(s).toBe("busiest-weeks?topic=topic%3Aidlib");
    expect(formatRequest({ id: "who-met", x: "person:a", mode: "any" })).toBe("who-met?x=person%3Aa");
  });

  it("ignores unknown questions and modes instead of failing", () => {
    expect(parseRequest("drop-tables?x=1")).toBeNull();
    expect(parseRequest(null)).toBeNull();
    expect(parseRequest("who-met?x=person:a&mode=sometimes")).toEqual({ id: "who-met", x: "person:a" });
  });

  it("is complete once every node it names is picked", () => {
    expect(isComplete({ id: "pair-topics", x: "person:a" })).toBe(false);
    expect(isComplete({ id: "pair-topics", x: "person:a", y: "person:b" })).toBe(true);
  });
});
