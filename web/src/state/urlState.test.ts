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
  overview: 250,
  clusters: ["cluster:person:g12", "cluster:place:g3"],
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

  it("falls back on crafted links: huge or exponent pins, days off the calendar, a reversed range", () => {
    const parsed = fromSearchParams(
      new URLSearchParams(
        "pins=person:a~1e12~5|person:b~1e308~0|person:c~12~-7|person:d~Infinity~1&from=2021-02-30&to=2020-13",
      ),
    );
    expect(parsed.pinned).toEqual({ "person:c": { x: 12, y: -7 } });
    expect([parsed.from, parsed.to]).toEqual([DEFAULT_VIEW.from, DEFAULT_VIEW.to]);
    const reversed = fromSearchParams(new URLSearchParams("from=2021-05-01&to=2020-01&lang=ar"));
    expect([reversed.from, reversed.to, reversed.lang]).toEqual([DEFAULT_VIEW.from, DEFAULT_VIEW.to, "ar"]);
  });

  it("keeps the overview threshold and opened clusters, refusing a bad threshold", () => {
    const params = toSearchParams({ ...DEFAULT_VIEW, overview: 0, clusters: ["cluster:person:g1"] });
    expect(params.get("ov")).toBe("0");
    expect(params.get("clu")).toBe("cluster:person:g1");
    expect(fromSearchParams(params)).toMatchObject({ overview: 0, clusters: ["cluster:person:g1"] });
    expect(fromSearchParams(new URLSearchParams("ov=-3")).overview).toBe(DEFAULT_VIEW.overview);
    expect(fromSearchParams(new URLSearchParams("ov=many")).overview).toBe(DEFAULT_VIEW.overview);
  });
});
