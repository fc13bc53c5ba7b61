/**
 * TEST SUPPORT ONLY: the story statements of neo4j/cypher.ts as the simulated database answers them
 * (see neo4j/simulatedDb.ts), over (:Story) nodes kept per simulated graph.
 */
import * as cypher from "./cypher.ts";
import type { Params, Row } from "./session.ts";
import type { SimulatedGraph } from "./simulatedDb.ts";

type Props = Record<string, unknown>;
const storiesOf = new WeakMap<SimulatedGraph, Map<string, Props>>();
const stories = (db: SimulatedGraph) => {
  const map = storiesOf.get(db) ?? new Map<string, Props>();
  storiesOf.set(db, map);
  return map;
};

const READ_COLUMNS = ["id", "title", "steps", "createdBy", "createdAt", "updatedBy", "updatedAt"];
const pick = (s: Props, keys: string[]): Row => Object.fromEntries(keys.map((k) => [k, s[k] ?? null])) as Row;

export const STORY_HANDLERS: [string, (db: SimulatedGraph, p: Params) => Row[]][] = [
  [
    cypher.CREATE_STORY,
    (db, p) => {
      const id = String(p.id);
      if (stories(db).has(id)) throw new Error(`Story ${id} already exists (constraint)`);
      stories(db).set(id, { id, ...(p.props as Props) });
      return [{ id }];
    },
  ],
  [
    cypher.UPDATE_STORY,
    (db, p) => {
      const old = stories(db).get(String(p.id));
      if (!old) return [];
      stories(db).set(String(p.id), { ...old, ...(p.props as Props) });
      return [{ id: String(p.id) }];
    },
  ],
  [
    cypher.READ_STORY,
    (db, p) => {
      const s = stories(db).get(String(p.id));
      return s ? [pick(s, READ_COLUMNS)] : [];
    },
  ],
  [
    cypher.LIST_STORIES,
    (db) =>
      [...stories(db).values()]
        .sort((a, b) =>
          a.updatedAt === b.updatedAt
            ? String(a.id) < String(b.id)
              ? -1
              : 1
            : a.updatedAt! < b.updatedAt!
              ? 1
              : -1,
        )
        .map((s) => pick(s, ["id", "title", "stepCount", "updatedAt"])),
  ],
  [cypher.DELETE_STORY, (db, p) => [{ deleted: stories(db).delete(String(p.id)) ? 1 : 0 }]],
];
