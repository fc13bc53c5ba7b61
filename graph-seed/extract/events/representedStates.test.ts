/** States beside their leaders, and one visitor's separate stops (invented sentences). */
import { describe, expect, it } from "vitest";
import type { ExtractedEntity, ExtractedEvent } from "../../../model/extraction.ts";
import { extractArticle } from "../index.ts";
import { dropRepresentedStates } from "./representedStates.ts";

const run = (text: string, published = "2022-07-19") =>
  extractArticle(text, { id: "t", title: null, published, publishedPrecision: "day" }).events.filter(
    (e) => !e.planned,
  );

describe("a state is a participant only where no person stands for it", () => {
  const office = (of: string) => ({
    office: { ar: "الرئيس", en: "President" },
    of,
    from: "2021-01-01",
    to: null,
  });
  const person = (id: string, of: string): ExtractedEntity => ({
    id,
    type: "Person",
    name: { ar: id, en: null },
    mentions: [],
    offices: [office(of)],
  });
  const summit = (participants: string[]): ExtractedEvent => ({
    id: "x",
    type: "Summit",
    participants,
    place: null,
    date: "2022-07-19",
    planned: false,
    topics: [],
    evidence: [],
  });
  const entities = [person("person:a", "country:russia"), person("person:b", "country:turkey")];

  it("drops the states whose presidents take part, and keeps the one no one stands for", () => {
    const [ev] = dropRepresentedStates(
      [summit(["country:iran", "country:russia", "country:turkey", "person:a", "person:b"])],
      entities,
      "2022-07-19",
    );
    expect(ev?.participants).toEqual(["country:iran", "person:a", "person:b"]);
    expect(ev?.id).toContain("country:iran+person:a+person:b");
  });

  it("an office held only before the event does not stand for the state", () => {
    const old = [
      {
        ...person("person:a", "country:russia"),
        offices: [{ ...office("country:russia"), to: "2020-01-01" }],
      },
    ];
    const [ev] = dropRepresentedStates([summit(["country:russia", "person:a"])], old, "2022-07-19");
    expect(ev?.participants).toEqual(["country:russia", "person:a"]);
  });
});

describe("one visitor, several stops", () => {
  it("`زار … ثم … خلال يومين، التقى خلالهما X وY` are two meetings, not three people together", () => {
    const events = run(
      "زار وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني الرياض ثم القاهرة خلال يومين، التقى خلالهما ولي العهد السعودي محمد بن سلمان والرئيس المصري عبد الفتاح السيسي.",
    );
    const pairs = events.map((e) => e.participants.length);
    expect(pairs).toEqual([2, 2]);
  });
});
