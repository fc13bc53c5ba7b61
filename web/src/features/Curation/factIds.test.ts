import { describe, expect, it } from "vitest";
import type { GraphPayload, OfficeHeld } from "../../../../model/api.ts";
import type { EdgeId } from "../../../../model/ids.ts";
import { NODES } from "../../test/fixtures.ts";
import { officeFact, participationId } from "./factIds.ts";

const russia = {
  id: "country:russia",
  kind: "Country",
  name: { ar: "روسيا", en: "Russia" },
} as OfficeHeld["of"];
const held: OfficeHeld = {
  office: { ar: "الرئيس", en: "President" },
  of: russia,
  from: "2012-05-08",
  to: null,
  evidence: [],
};

describe("ids of the facts an entity's details name", () => {
  it("a participation is the loader's PARTICIPATED_IN edge", () => {
    expect(participationId(NODES.putin.id, NODES.meeting.id)).toBe(
      "PARTICIPATED_IN:person:vladimir-putin->event:meeting:2017-12-11",
    );
  });

  it("an office is the neighbourhood's edge, with its version, even after its start was edited", () => {
    const around: GraphPayload = {
      nodes: [],
      edges: [
        {
          id: "HOLDS_OFFICE:person:vladimir-putin->country:russia#President@2012-05-07" as EdgeId,
          kind: "HOLDS_OFFICE",
          source: NODES.putin.id,
          target: russia.id,
          office: held.office,
          from: "2012-05-08",
          to: null,
          evidence: [],
          review: { status: "edited", by: "Omar", at: "2026-12-07T10:00:00Z", version: 3 },
        },
      ],
      truncated: false,
      total: { nodes: 0, edges: 1 },
    };
    expect(officeFact(NODES.putin.id, held, around)).toEqual({
      id: "HOLDS_OFFICE:person:vladimir-putin->country:russia#President@2012-05-07",
      version: 3,
    });
    // Before the neighbourhood is loaded: the loader's id, never reviewed.
    expect(officeFact(NODES.putin.id, held, undefined)).toEqual({
      id: "HOLDS_OFFICE:person:vladimir-putin->country:russia#President@2012-05-08",
      version: 0,
    });
  });
});
