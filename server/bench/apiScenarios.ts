/** The requests bench:api times: one scenario per route and depth, each asking about a different node every time. */
import type { NodeId } from "../../model/ids.ts";

export interface Scenario {
  name: string;
  nextPath: () => string;
}

const enc = encodeURIComponent;
const WORDS = ["putin", "بوتين", "lavrov", "sisi 12", "وبوتين", "poutine", "assad", "Mekdad 7"];

/** A three-month window starting in a different month of 2000–2024 each time. */
function quarter(i: number) {
  const start = new Date(Date.UTC(2000 + (i % 25), (i * 5) % 12, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3, 0));
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return `from=${day(start)}&to=${day(end)}`;
}

export function scenarios(persons: readonly NodeId[]): Scenario[] {
  let i = 0;
  // A fixed stride through the people, so consecutive requests ask about unrelated nodes.
  const person = () => enc(persons[(i++ * 7919) % persons.length]!);
  return [
    { name: "search", nextPath: () => `/api/search?q=${enc(WORDS[i++ % WORDS.length]!)}&limit=10` },
    { name: "node", nextPath: () => `/api/nodes/${person()}` },
    { name: "neighbours d1", nextPath: () => `/api/nodes/${person()}/neighbours?depth=1&limit=200` },
    { name: "neighbours d2", nextPath: () => `/api/nodes/${person()}/neighbours?depth=2&limit=200` },
    { name: "path", nextPath: () => `/api/paths?from=${person()}&to=${person()}&k=3&maxLength=6` },
    { name: "timeline", nextPath: () => `/api/timeline?participant=${person()}&limit=100` },
    { name: "events view 3 mo", nextPath: () => `/api/graph?view=events&${quarter(i++)}` },
    { name: "people view", nextPath: () => "/api/graph?view=people" },
  ];
}
