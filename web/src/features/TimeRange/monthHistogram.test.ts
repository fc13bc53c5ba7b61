import { describe, expect, it } from "vitest";
import type { EventSummary } from "../../../../model/api.ts";
import { nodeId } from "../../../../model/ids.ts";
import { lastDayOf, monthHistogram, monthInRange, toInputDay } from "./monthHistogram.ts";

const ev = (date: string | null): EventSummary => ({
  event: { id: nodeId(`event:${date}`), kind: "Event", name: { ar: "x", en: null }, date },
  role: null,
  participantConfidence: {},
  participants: [],
  place: null,
  topics: [],
  articles: [],
  evidence: [],
});

describe("monthHistogram", () => {
  it("bins by month and fills the empty months between", () => {
    expect(monthHistogram([ev("2017-11-21"), ev("2017-11-22"), ev("2018-02-01"), ev(null)])).toEqual([
      { month: "2017-11", count: 2 },
      { month: "2017-12", count: 0 },
      { month: "2018-01", count: 0 },
      { month: "2018-02", count: 1 },
    ]);
  });

  it("puts year-only dates in January and returns nothing without dates", () => {
    expect(monthHistogram([ev("2019")])).toEqual([{ month: "2019-01", count: 1 }]);
    expect(monthHistogram([ev(null)])).toEqual([]);
  });
});

describe("range helpers", () => {
  it("widens partial dates to the full day on the right side", () => {
    expect(toInputDay("2020", "to")).toBe("2020-12-31");
    expect(toInputDay("2020-02", "to")).toBe("2020-02-29");
    expect(toInputDay("2020-02", "from")).toBe("2020-02-01");
    expect(toInputDay("2021-09-14", "from")).toBe("2021-09-14");
    expect(toInputDay(null, "from")).toBe("");
    expect(lastDayOf("2021-09")).toBe("2021-09-30");
  });

  it("tells whether a month overlaps the range", () => {
    expect(monthInRange("2021-09", null, "2020-12-31")).toBe(false);
    expect(monthInRange("2020-12", null, "2020-12-31")).toBe(true);
    expect(monthInRange("2017-11", "2017-11-21", null)).toBe(true);
    expect(monthInRange("2017-10", "2017-11-21", "2018")).toBe(false);
  });
});
