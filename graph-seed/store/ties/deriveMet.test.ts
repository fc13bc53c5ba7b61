import { describe, expect, it } from "vitest";
import type { Provenance } from "../../../model/graph.ts";
import { type ArticleId, type NodeId, nodeId } from "../../../model/ids.ts";
import type { EventType } from "../../../model/kinds.ts";
import { deriveTies, occasionOf, type TieEventFacts } from "./deriveMet.ts";

const sentence = (start: number, article = "a1"): Provenance => ({
  articleId: article as ArticleId,
  start,
  end: start + 10,
  quote: `s${start}`,
});
/** The same sentence with a mention inside it: the sentence names that participant. */
const naming = (start: number, article = "a1"): Provenance => ({
  ...sentence(start, article),
  mentionStart: start + 1,
  mentionEnd: start + 3,
});

interface Spec {
  type?: EventType;
  date?: string | null;
  encounter?: string;
  planned?: boolean;
  dateUncertain?: boolean;
  /** person → the sentences naming them */
  persons: Record<string, Provenance[]>;
  reports?: Provenance[];
}

const ev = (id: string, spec: Spec): TieEventFacts => ({
  id: nodeId(id),
  eventType: spec.type ?? "Meeting",
  date: spec.date ?? null,
  encounter: spec.encounter ?? null,
  planned: spec.planned ?? false,
  ...(spec.dateUncertain === undefined ? {} : { dateUncertain: spec.dateUncertain }),
  persons: Object.entries(spec.persons).map(([p, named]) => ({ id: p as NodeId, naming: named })),
  evidence: spec.reports ?? [sentence(0)],
});

const summary = (edges: ReturnType<typeof deriveTies>) =>
  edges.map((e) => [e.id, e.weight, e.firstDate, e.lastDate, e.eventIds]);

describe("deriveTies", () => {
  it("one edge per kind and unordered pair; weight = distinct occasions; first/last dates", () => {
    const ties = deriveTies([
      ev("e2", { date: "2020-05-01", persons: { "p:b": [], "p:a": [] } }),
      ev("e1", { date: "2019-01", persons: { "p:a": [], "p:b": [], "p:c": [] } }),
      ev("e3", { date: null, persons: { "p:a": [], "p:b": [] } }),
      ev("e4", { date: "2021-01-01", persons: { "p:a": [], "p:c": [] }, planned: true }),
    ]);
    expect(summary(ties)).toEqual([
      ["MET:p:a->p:b", 3, "2019-01", "2020-05-01", ["e1", "e2", "e3"]],
      ["MET:p:a->p:c", 1, "2019-01", "2019-01", ["e1"]],
      ["MET:p:b->p:c", 1, "2019-01", "2019-01", ["e1"]],
    ]);
  });

  it("a call ties the pair as SPOKE_WITH, never MET; a meeting of the same pair is a MET apart", () => {
    const ties = deriveTies([
      ev("call", { type: "PhoneCall", date: "2017-11-21", persons: { "p:n": [], "p:p": [] } }),
      ev("meet", { type: "Summit", date: "2018-01-02", persons: { "p:n": [], "p:p": [] } }),
    ]);
    expect(summary(ties)).toEqual([
      ["SPOKE_WITH:p:n->p:p", 1, "2017-11-21", "2017-11-21", ["call"]],
      ["MET:p:n->p:p", 1, "2018-01-02", "2018-01-02", ["meet"]],
    ]);
  });

  it("a meeting, its press conference and the agreement signed on that day count once", () => {
    const persons = { "p:s": [], "p:p": [] };
    const ties = deriveTies([
      ev("meeting", { date: "2017-12-11", persons }),
      ev("press", { type: "PressConference", date: "2017-12-11", persons }),
      ev("agreement", { type: "Agreement", date: "2018-10-17", persons }),
      ev("meeting2", { date: "2018-10-17", persons }),
      ev("press2", { type: "PressConference", date: "2018-10-17", persons }),
    ]);
    expect(ties.map((e) => [e.kind, e.weight, e.eventIds?.length])).toEqual([["MET", 2, 5]]);
  });

  it("the extractor's encounter key decides the occasion, over the day and for undated events", () => {
    const persons = { "p:a": [], "p:b": [] };
    const ties = deriveTies([
      // One occasion the extractor recognised although only one report gives a date.
      ev("talks", { date: "2019-03", encounter: "k1", persons }),
      ev("signing", { type: "Agreement", encounter: "k1", persons }),
      // Two occasions on one day that the extractor told apart.
      ev("morning", { date: "2019-05-01", encounter: "k2", persons }),
      ev("evening", { date: "2019-05-01", encounter: "k3", persons }),
      // Undated, no key: each event is its own occasion.
      ev("x", { persons }),
      ev("y", { persons }),
    ]);
    expect(ties.map((e) => e.weight)).toEqual([5]);
    expect(occasionOf({ id: nodeId("e"), date: "2019-05", encounter: null })).toBe("event:e");
    expect(occasionOf({ id: nodeId("e"), date: "2019-05-01", encounter: null })).toBe("day:2019-05-01");
  });

  it("quotes only the sentences that name both people", () => {
    const ties = deriveTies([
      ev("e1", {
        persons: { "p:a": [naming(0), naming(20)], "p:b": [sentence(0), naming(20)], "p:c": [naming(40)] },
        reports: [sentence(0), sentence(20), sentence(40)],
      }),
    ]);
    const ab = ties.find((e) => e.id === "MET:p:a->p:b")!;
    expect(ab).toMatchObject({ inferred: false, inferredReason: null, evidence: [naming(20)] });
  });

  it("says plainly when no sentence names both, and keeps the reports as the evidence", () => {
    const [tie] = deriveTies([
      ev("event:summit", {
        type: "Summit",
        date: "2021-09-14",
        persons: { "p:a": [naming(0)], "p:b": [naming(20)] },
        reports: [sentence(0, "004"), sentence(20, "004")],
      }),
    ]);
    expect(tie).toMatchObject({
      inferred: true,
      inferredReason:
        "both took part in the summit of 2021-09-14 reported in 004, but no sentence names both",
      evidence: [sentence(0, "004"), sentence(20, "004")],
    });
  });

  it("in a filtered view, a tie is date-uncertain only when every one of its occasions is", () => {
    const persons = { "p:a": [], "p:b": [] };
    const onlyUncertain = deriveTies([ev("u", { persons, dateUncertain: true })]);
    expect(onlyUncertain[0]!.dateUncertain).toBe(true);
    const mixed = deriveTies([
      ev("u", { persons, dateUncertain: true }),
      ev("s", { date: "2017-05-05", persons, dateUncertain: false }),
    ]);
    expect(mixed[0]!.dateUncertain).toBe(false);
    // Unfiltered (stored) ties carry no such flag at all.
    expect(deriveTies([ev("s", { persons })])[0]).not.toHaveProperty("dateUncertain");
  });

  it("a person alone or repeated makes no pair", () => {
    expect(deriveTies([ev("e", { date: "2020", persons: { "p:a": [] } })])).toEqual([]);
  });
});
