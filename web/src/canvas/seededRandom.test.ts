import { describe, expect, it } from "vitest";
import { seededRandom } from "../../../model/seededRandom.ts";
import { withSeededRandom } from "./seededRandom.ts";

describe("seeded layout randomness", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const a = seededRandom(14);
    const b = seededRandom(14);
    const c = seededRandom(15);
    const take = (r: () => number) => Array.from({ length: 5 }, r);
    const first = take(a);
    expect(take(b)).toEqual(first);
    expect(take(c)).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("swaps Math.random only for the run, even when it throws", () => {
    const original = Math.random;
    const inside = withSeededRandom(14, () => [Math.random(), Math.random()]);
    expect(withSeededRandom(14, () => [Math.random(), Math.random()])).toEqual(inside);
    expect(() =>
      withSeededRandom(14, () => {
        throw new Error("layout failed");
      }),
    ).toThrow("layout failed");
    expect(Math.random).toBe(original);
  });
});
