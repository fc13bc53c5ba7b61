// @vitest-environment jsdom
import { cleanup, fireEvent, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { useCombobox } from "./useCombobox.ts";

const OPTIONS = ["Putin", "Sisi", "Assad"];

function Box({ onPick }: { onPick: (x: string) => void }) {
  const box = useCombobox({ listId: "l", options: OPTIONS, onPick, showable: true });
  return (
    <div>
      <input data-testid="in" {...box.inputProps} onChange={box.typed} />
      {box.expanded && <span data-testid="active">{box.active}</span>}
    </div>
  );
}

describe("the shared combobox behaviour", () => {
  afterEach(cleanup);
  const setup = () => {
    const picked: string[] = [];
    const { getByTestId, queryByTestId } = render(<Box onPick={(x) => picked.push(x)} />);
    const input = getByTestId("in");
    fireEvent.focus(input);
    return { picked, input, active: () => queryByTestId("active")?.textContent ?? null };
  };

  it("Down goes to the first option, Up from nothing to the last, and both wrap", () => {
    const { input, active } = setup();
    fireEvent.keyDown(input, { key: "ArrowUp" });
    expect(active()).toBe("2");
    fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(active()).toBe("0");
    expect(input.getAttribute("aria-activedescendant")).toBe("l-0");
  });

  it("Enter picks the highlighted option, or the first when none is; Escape closes without picking", () => {
    const { input, picked, active } = setup();
    fireEvent.keyDown(input, { key: "Enter" });
    fireEvent.focus(input);
    fireEvent.keyDown(input, { key: "ArrowUp" });
    fireEvent.keyDown(input, { key: "Enter" });
    fireEvent.focus(input);
    fireEvent.keyDown(input, { key: "Escape" });
    expect(active()).toBeNull();
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect(picked).toEqual(["Putin", "Assad"]);
  });
});
