// @vitest-environment jsdom
import { cleanup, fireEvent, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nodeId } from "../../../model/ids.ts";
import { useViewStore } from "../state/viewState.ts";
import { useUndoShortcut } from "./useUndoShortcut.ts";

function Page() {
  useUndoShortcut();
  return (
    <div>
      <button type="button" data-testid="hide">
        Hide
      </button>
      <input data-testid="search" />
      <input type="checkbox" data-testid="box" />
    </div>
  );
}

const PUTIN = nodeId("person:vladimir-putin");

describe("Ctrl+Z", () => {
  beforeEach(() => {
    useViewStore.getState().reset();
    useViewStore.getState().hide(PUTIN);
  });
  afterEach(cleanup);

  it("undoes a hide with focus on the Hide button, on a checkbox or on the page", () => {
    const { getByTestId } = render(<Page />);
    fireEvent.keyDown(getByTestId("hide"), { key: "z", ctrlKey: true });
    expect(useViewStore.getState().hidden).toEqual([]);
    useViewStore.getState().hide(PUTIN);
    fireEvent.keyDown(getByTestId("box"), { key: "Z", metaKey: true });
    expect(useViewStore.getState().hidden).toEqual([]);
    useViewStore.getState().hide(PUTIN);
    fireEvent.keyDown(document.body, { key: "z", ctrlKey: true });
    expect(useViewStore.getState().hidden).toEqual([]);
  });

  it("leaves a text field's own undo alone, and ignores Ctrl+Shift+Z", () => {
    const { getByTestId } = render(<Page />);
    fireEvent.keyDown(getByTestId("search"), { key: "z", ctrlKey: true });
    fireEvent.keyDown(getByTestId("hide"), { key: "z", ctrlKey: true, shiftKey: true });
    expect(useViewStore.getState().hidden).toEqual([PUTIN]);
  });
});
