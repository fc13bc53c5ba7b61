/** Which nodes each step of a story showed that the graph no longer has: the story still opens, and says so. */
import { nodeId } from "../../model/ids.ts";
import type { GraphStore } from "../../model/store.ts";
import type { Story, StoryLoss } from "../../model/story.ts";

export async function lostNodes(store: GraphStore, story: Story): Promise<StoryLoss[]> {
  const ids = [...new Set(story.steps.flatMap((s) => s.nodes.map((n) => n.id)))];
  const present = new Map<string, boolean>();
  // A few at a time: a story of fifty steps can name a thousand nodes.
  for (let i = 0; i < ids.length; i += 50) {
    const slice = ids.slice(i, i + 50);
    const found = await Promise.all(slice.map((id) => store.hasNode(nodeId(id))));
    for (const [k, id] of slice.entries()) present.set(id, found[k]!);
  }
  return story.steps.flatMap((step, index) => {
    const nodes = step.nodes.filter((n) => !present.get(n.id)).map((n) => ({ id: n.id, name: n.name }));
    return nodes.length > 0 ? [{ step: index, nodes }] : [];
  });
}
