import { describe, expect, it } from "vitest";
import {
  eventDays,
  eventInterval,
  fitInRange,
  intervalOfDate,
  lastDayOf,
} from "../../../model/dateInterval.ts";
import type { GraphNode } from "../../../model/graph.ts";
import { nodeId } from "../../../model/ids.ts";
import { asShown, compareEvents, rangeFitOf } from "./dateRange.ts";

const event = (id: string, fields: Partial<GraphNode>): GraphNode => ({
  id: nodeId(id),
  kind: "Event",
  name: { ar: id, en: null },
  ...fields,
});

describe("event intervals", () => {
  it("a month covers the whole month, a year the whole year, a day itself", () => {
    expect(intervalOfDate("2017-11")).toEqual({ from: "2017-11-01", to: "2017-11-30" });
    expect(intervalOfDate("2016-02")).toEqual({ from: "2016-02-01", to: "2016-02-29" });
    expect(intervalOfDate("2017")).toEqual({ from: "2017-01-01", to: "2017-12-31" });
    expect(intervalOfDate("2017-11-21")).toEqual({ from: "2017-11-21", to: "2017-11-21" });
    expect(intervalOfDate(null)).toEqual({ from: null, to: null });
    expect(lastDayOf("2021-09")).toBe("2021-09-30");
  });

  it("date and range both bound the days; a contradicting range yields to the date", () => {
    expect(eventDays(null, { from: null, to: "2017-11-21" })).toEqual({ from: null, to: "2017-11-21" });
    expect(eventDays("2017-11", { from: null, to: "2017-11-21" })).toEqual({
      from: "2017-11-01",
      to: "2017-11-21",
    });
    expect(eventDays("2017-11", { from: "2018-01-01", to: null })).toEqual({
      from: "2017-11-01",
      to: "2017-11-30",
    });
    expect(eventDays(null, { from: "2017-10", to: "2017" })).toEqual({
      from: "2017-10-01",
      to: "2017-12-31",
    });
    expect(eventDays(null, { from: "last week", to: null })).toEqual({ from: null, to: null });
    expect(eventDays("2017-11-21")).toEqual({ from: "2017-11-21", to: "2017-11-21" });
  });

  it("records without stored intervals read theirs from the date", () => {
    expect(eventInterval({ date: "2017-11" })).toEqual({ from: "2017-11-01", to: "2017-11-30" });
    expect(eventInterval({ date: null, dateFrom: null, dateTo: "2017-11-21" })).toEqual({
      from: null,
      to: "2017-11-21",
    });
  });
});

describe("fitInRange", () => {
  const sochi = { from: null, to: "2017-11-21" };
  it.each([
    ["inside", { from: "2017-11-21", to: "2017-11-21" }, "2017", "2017", "in"],
    ["outside, before", { from: "2017-11-21", to: "2017-11-21" }, "2018", undefined, "out"],
    ["straddling the start", { from: "2017-11-01", to: "2017-11-30" }, "2017-11-21", undefined, "uncertain"],
    ["straddling the end", { from: "2017-11-01", to: "2017-11-30" }, undefined, "2017-11-15", "uncertain"],
    ["open start, ends inside", sochi, "2017", "2017", "uncertain"],
    ["open start, ends before the range", sochi, "2018", undefined, "out"],
    ["open start, a range with no start", sochi, undefined, "2017-12", "in"],
    ["nothing known", { from: null, to: null }, "2017", undefined, "uncertain"],
    ["no range at all", { from: null, to: null }, undefined, undefined, "in"],
  ] as const)("%s", (_, iv, from, to, fit) => {
    expect(fitInRange(iv, from, to)).toBe(fit);
  });
});

describe("store helpers", () => {
  it("flags an uncertain event on a copy, never on the stored record", () => {
    const stored = event("e", { date: null });
    expect(rangeFitOf(stored, { from: "2017" })).toBe("uncertain");
    expect(asShown(stored, "uncertain")).toEqual({ ...stored, dateUncertain: true });
    expect(stored).not.toHaveProperty("dateUncertain");
    expect(asShown(stored, "in")).toBe(stored);
  });

  it("orders by date, an undated event by the known end of its interval, unknown last", () => {
    const events = [
      event("c", { date: null }),
      event("b", { date: "2017-12-11" }),
      event("a", { date: null, dateFrom: null, dateTo: "2017-11-21" }),
      event("d", { date: "2017-08-21" }),
    ];
    expect(events.sort(compareEvents).map((e) => e.id)).toEqual(["d", "a", "b", "c"]);
  });
});
