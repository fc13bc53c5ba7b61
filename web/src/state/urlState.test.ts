import { describe, expect, it } from "vitest";
import type { NodeId } from "../../../model/ids.ts";
import { fromSearchParams, toSearchParams } from "./urlState.ts";
import { DEFAULT_VIEW, type ViewState } from "./viewState.ts";

const custom: ViewState = {
  ...DEFAULT_VIEW,
  view: "people",
  lang: "ar",
  selected: "person:vladimir-putin" as NodeId,
  tie: "person:benjamin-netanyahu~person:vladimir-putin",
  kinds: ["Person", "Country"],
  ties: ["SPOKE_WITH"],
  topics: ["topic:idlib" as NodeId],
  from: "2017-01-01",
  to: "2020-12-31",
  minWeight: 2,
  showIsolated: true,
  layout: "concentric",
  sizeBy: "betweenness",
  colorBy: "community",
  pinned: { "person:bashar-al-assad": { x: 120, y: -40 } },
  hidden: ["country:israel" as NodeId],
  expanded: ["place:moscow" as NodeId],
  pathFrom: "person:benjamin-netanyahu" as NodeId,
  pathTo: "person:bashar-al-assad" as NodeId,
  panel: "path",
  article: "003_a4ba79f08acb8562",
};

describe("view state in the URL", () => {
  it("round-trips every field", () => {
    expect(fromSearchParams(toSearchParams(custom))).toEqual(custom);
  });

  it("writes nothing for the default view", () => {
    expect(toSearchParams(DEFAULT_VIEW).toString()).toBe("");
  });

  it("falls back to defaults field by field on malformed input", () => {
    const parsed = fromSearchParams(
      new URLSearchParams("v=galaxy&lang=ar&w=-3&kinds=Person,Alien&from=yesterday&ties=MET,HUGGED&tie=x"),
    );
    expect(parsed).toEqual({ ...DEFAULT_VIEW, lang: "ar" });
  });
});
