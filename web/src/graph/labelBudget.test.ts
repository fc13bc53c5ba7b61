import { describe, expect, it } from "vitest";
import { type LabelCandidate, labelBox, labelBudget, pickLabels } from "./labelBudget.ts";

const box = (id: string, x: number, y: number, score: number, w = 80, h = 20): LabelCandidate => ({
  id,
  x,
  y,
  w,
  h,
  score,
});
const screen = { w: 800, h: 600 };

const overlap = (a: LabelCandidate, b: LabelCandidate) =>
  Math.abs(a.x - b.x) * 2 < a.w + b.w && Math.abs(a.y - b.y) * 2 < a.h + b.h;

describe("labels by importance", () => {
  it("of two overlapping labels keeps the more important one", () => {
    const chosen = pickLabels([box("minor", 100, 100, 1), box("major", 110, 105, 9)], screen);
    expect([...chosen]).toEqual(["major"]);
  });

  it("keeps labels that do not overlap, up to the budget, most important first", () => {
    const row = Array.from({ length: 10 }, (_, i) => box(`n${i}`, 50 + i * 70, 300, i, 60));
    const chosen = pickLabels(row, screen, 3);
    expect([...chosen].sort()).toEqual(["n7", "n8", "n9"]);
  });

  it("skips labels off screen", () => {
    expect(pickLabels([box("far", 2000, 300, 5), box("near", 100, 100, 1)], screen)).toEqual(
      new Set(["near"]),
    );
  });

  it("always shows the selection, even over another label", () => {
    const chosen = pickLabels(
      [box("hub", 100, 100, 50), box("sel", 105, 100, Number.POSITIVE_INFINITY)],
      screen,
      1,
    );
    expect(chosen.has("sel")).toBe(true);
    expect(chosen.has("hub")).toBe(false);
  });

  it("never returns overlapping labels from a dense crowd", () => {
    const crowd = Array.from({ length: 2000 }, (_, i) =>
      box(`c${i}`, (i * 37) % 800, (i * 53) % 600, i % 97, 40 + (i % 5) * 20, 16),
    );
    const chosen = crowd.filter((b) => pickLabels(crowd, screen).has(b.id));
    expect(chosen.length).toBeGreaterThan(10);
    expect(chosen.length).toBeLessThanOrEqual(labelBudget(screen));
    for (let i = 0; i < chosen.length; i++)
      for (let j = i + 1; j < chosen.length; j++) expect(overlap(chosen[i]!, chosen[j]!)).toBe(false);
  });

  it("gives more room for labels on a bigger screen", () => {
    expect(labelBudget({ w: 1600, h: 1000 })).toBeGreaterThan(labelBudget({ w: 800, h: 500 }));
  });

  it("sizes a two-line event label taller than a one-line name", () => {
    expect(labelBox("Meeting\n2020-01-01", 13).h).toBeGreaterThan(labelBox("Meeting", 13).h);
    expect(labelBox("A much longer name", 13).w).toBeGreaterThan(labelBox("Short", 13).w);
  });
});
