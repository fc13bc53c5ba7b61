// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { stubScrollBoxes } from "../test/layoutStub.ts";
import { VirtualList } from "./VirtualList.tsx";
import { VIRTUAL_FROM } from "./windowedRows.ts";

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

function List({ n }: { n: number }) {
  return (
    <VirtualList
      items={numbers(n)}
      itemKey={String}
      estimatePx={30}
      testId="list"
      renderItem={(i, item) => (
        <li {...item} data-testid="row">
          <button type="button">item {i}</button>
        </li>
      )}
    />
  );
}

const rows = () => screen.queryAllByTestId("row");
const focusedRow = () => document.activeElement?.closest("li");

describe("VirtualList", () => {
  let restore: () => void;
  beforeAll(() => {
    restore = stubScrollBoxes();
  });
  afterAll(() => restore());
  afterEach(cleanup);

  it("draws a few dozen of 2,000 items, each saying where it stands in the whole", () => {
    render(<List n={2000} />);
    const drawn = rows();
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn.length).toBeLessThan(60);
    expect(drawn[0]?.getAttribute("aria-posinset")).toBe("1");
    expect(drawn[0]?.getAttribute("aria-setsize")).toBe("2000");
    expect(screen.getByTestId("list").style.height).toBe(`${2000 * 30}px`);
  });

  it("draws a short list whole, with the same positions", () => {
    render(<List n={VIRTUAL_FROM} />);
    expect(rows()).toHaveLength(VIRTUAL_FROM);
    expect(rows().at(-1)?.getAttribute("aria-posinset")).toBe(String(VIRTUAL_FROM));
  });

  it("the keyboard reaches items not drawn: End, Up, Home and Down move focus item to item", async () => {
    render(<List n={2000} />);
    screen.getByRole("button", { name: "item 1" }).focus();
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    expect(focusedRow()?.getAttribute("aria-posinset")).toBe("2");
    // The last item is not drawn yet: the list scrolls to it (a frame later) and then focuses it.
    fireEvent.keyDown(document.activeElement!, { key: "End" });
    await waitFor(() => expect(document.activeElement?.textContent).toBe("item 2000"));
    expect(rows().length).toBeLessThan(60);
    fireEvent.keyDown(document.activeElement!, { key: "ArrowUp" });
    expect(document.activeElement?.textContent).toBe("item 1999");
    fireEvent.keyDown(document.activeElement!, { key: "Home" });
    await waitFor(() => expect(document.activeElement?.textContent).toBe("item 1"));
  });

  it("keeps the focused item drawn when the list scrolls away from it", async () => {
    render(<List n={2000} />);
    screen.getByRole("button", { name: "item 3" }).focus();
    const scroller = screen.getByTestId("list").parentElement!;
    await act(async () => {
      scroller.scrollTo({ top: 30 * 1500 });
    });
    expect(screen.queryByRole("button", { name: "item 1500" })).not.toBeNull();
    expect(document.activeElement?.textContent).toBe("item 3");
  });
});
