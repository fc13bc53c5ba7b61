// @vitest-environment jsdom
/** The player's keys follow the reading direction: → goes on in English, ← in Arabic. */
import { cleanup, fireEvent, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useKeys } from "./useKeys.ts";

const setup = (rtl: boolean, exit = true) => {
  const calls = { next: vi.fn(), prev: vi.fn(), exit: vi.fn() };
  renderHook(() => useKeys(calls.next, calls.prev, exit ? calls.exit : undefined, rtl));
  return calls;
};
const press = (key: string, target: Window | Element = window) => fireEvent.keyDown(target, { key });

describe("the player's keys", () => {
  afterEach(cleanup);

  it("in English: → and Space go on, ← goes back, Escape leaves", () => {
    const c = setup(false);
    press("ArrowRight");
    press(" ");
    press("ArrowLeft");
    press("Escape");
    expect([c.next.mock.calls.length, c.prev.mock.calls.length, c.exit.mock.calls.length]).toEqual([2, 1, 1]);
  });

  it("in Arabic the arrows swap: ← goes on, → goes back", () => {
    const c = setup(true);
    press("ArrowLeft");
    press("ArrowRight");
    press("ArrowRight");
    expect([c.next.mock.calls.length, c.prev.mock.calls.length]).toEqual([1, 2]);
  });

  it("leaves typing in a field alone, and Escape does nothing where there is nothing to leave", () => {
    const c = setup(false, false);
    const input = document.createElement("input");
    document.body.append(input);
    press("ArrowRight", input);
    press("Escape");
    expect(c.next).not.toHaveBeenCalled();
    expect(c.exit).not.toHaveBeenCalled();
    input.remove();
  });
});
