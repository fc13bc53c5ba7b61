// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OfficeHeld } from "../../../../model/api.ts";
import { nodeId } from "../../../../model/ids.ts";
import { useViewStore } from "../../state/viewState.ts";
import { OfficeList } from "./OfficeList.tsx";
import { officeRows, termText } from "./officeTerms.ts";

const russia = {
  id: nodeId("country:russia"),
  kind: "Country" as const,
  name: { ar: "روسيا", en: "Russia" },
};
const president = { ar: "الرئيس", en: "President" };
const pm = { ar: "رئيس الوزراء", en: "Prime Minister" };
const held = (office: typeof president, from: string | null, to: string | null): OfficeHeld => ({
  office,
  of: russia,
  from,
  to,
  evidence: [],
});

/** Putin's offices as the API should return them, deliberately out of order. */
const putin = [
  held(president, "2012-05-07", null),
  held(pm, "2008-05-08", "2012-05-07"),
  held(president, "2000-05-07", "2008-05-07"),
];

describe("office terms", () => {
  beforeEach(() => useViewStore.getState().reset());
  afterEach(cleanup);

  it("groups terms per office, in date order", () => {
    const rows = officeRows(putin);
    expect(rows.map((r) => r.office.en)).toEqual(["President", "Prime Minister"]);
    expect(rows[0]!.terms).toEqual([
      { from: "2000-05-07", to: "2008-05-07" },
      { from: "2012-05-07", to: null },
    ]);
  });

  it("describes closed, open-ended, end-only and undated terms honestly", () => {
    expect(termText({ from: "2000", to: "2008" })?.key).toBe("termRange");
    expect(termText({ from: "2012", to: null })?.key).toBe("since");
    expect(termText({ from: null, to: "2008" })?.key).toBe("until");
    expect(termText({ from: null, to: null })).toBeNull();
  });

  it("shows every term: a closed one as a range, the current one with 'since'", () => {
    render(<OfficeList offices={putin} />);
    const rows = screen.getAllByTestId("office");
    expect(rows.map((r) => r.textContent)).toEqual([
      // Terms joined as English joins a list (Intl.ListFormat).
      "President — Russia 2000-05-07 to 2008-05-07 and since 2012-05-07",
      "Prime Minister — Russia 2008-05-08 to 2012-05-07",
    ]);
  });

  it("never says 'since … until' and shows no date for a term without one", () => {
    render(<OfficeList offices={[held(president, "2000-05-07", "2008-05-07"), held(pm, null, null)]} />);
    const text = screen.getAllByTestId("office").map((r) => r.textContent);
    expect(text[0]).not.toMatch(/since/);
    expect(text[1]).toBe("Prime Minister — Russia");
  });

  it("in Arabic reads من … إلى, each date isolated left to right so it is not shown as 07-05-2000", () => {
    useViewStore.getState().set({ lang: "ar" });
    render(<OfficeList offices={[held(president, "2000-05-07", "2008-05-07")]} />);
    expect(screen.getByTestId("office-terms").textContent).toBe(
      " من \u20662000-05-07\u2069 إلى \u20662008-05-07\u2069",
    );
  });

  it("marks an office an editor confirmed, and leaves unreviewed ones unmarked", () => {
    const review = { status: "confirmed" as const, by: "Layla", at: "2026-12-07T10:00:00Z", version: 1 };
    render(
      <OfficeList
        offices={[{ ...held(pm, "2008-05-08", "2012-05-07"), review }, held(president, "2012", null)]}
      />,
    );
    const rows = screen.getAllByTestId("office");
    const badges = rows.map(
      (r) => r.querySelector("[data-testid=status-badge]")?.getAttribute("data-status") ?? null,
    );
    expect(badges).toEqual(["confirmed", null]);
  });
});
