import { describe, expect, it } from "vitest";
import type { GraphNode } from "../../../../model/graph.ts";
import { nodeId } from "../../../../model/ids.ts";
import { communityGroups } from "./communityGroups.ts";

const person = (id: string): GraphNode => ({ id: nodeId(id), kind: "Person", name: { ar: id, en: id } });

describe("communityGroups", () => {
  it("groups people by community, biggest first, and skips nodes without one", () => {
    const nodes = ["a", "b", "c", "d", "e"].map(person);
    const groups = communityGroups(nodes, { a: 1, b: 0, c: 1, d: 1 });
    expect(groups.map((g) => [g.community, g.members.map((m) => m.id)])).toEqual([
      [1, ["a", "c", "d"]],
      [0, ["b"]],
    ]);
  });
});
