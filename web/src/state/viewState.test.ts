import { beforeEach, describe, expect, it } from "vitest";
import { nodeId } from "../../../model/ids.ts";
import { DEFAULT_VIEW, useViewStore, viewStateOf } from "./viewState.ts";

const store = useViewStore.getState;
const A = nodeId("person:a");
const B = nodeId("person:b");

describe("view store", () => {
  beforeEach(() => store().reset());

  it("undoes hides and expands in reverse order", () => {
    store().expand(A);
    store().hide(B);
    expect([store().expanded, store().hidden]).toEqual([[A], [B]]);
    expect(store().canUndo()).toBe(true);
    store().undo();
    expect([store().expanded, store().hidden]).toEqual([[A], []]);
    store().undo();
    expect([store().expanded, store().hidden]).toEqual([[], []]);
    expect(store().canUndo()).toBe(false);
  });

  it("hiding the selected node clears the selection; selecting opens the details panel", () => {
    store().set({ panel: "table" });
    store().select(A);
    expect(store().panel).toBe("details");
    store().hide(A);
    expect(store().selected).toBeNull();
  });

  it("toggles kinds and pins positions, and serialises only view fields", () => {
    store().toggleKind("Topic");
    expect(store().kinds).not.toContain("Topic");
    store().toggleKind("Topic");
    expect(store().kinds).toContain("Topic");
    store().pin(A, { x: 3, y: 4 });
    expect(viewStateOf(store())).toEqual({
      ...DEFAULT_VIEW,
      kinds: store().kinds,
      pinned: { [A]: { x: 3, y: 4 } },
    });
  });
});
