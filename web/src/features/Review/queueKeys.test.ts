import { describe, expect, it } from "vitest";
import { queueAction } from "./queueKeys.ts";

const key = (key: string, code = "", mods: Partial<KeyboardEvent> = {}) => ({
  key,
  code,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe("review queue keys", () => {
  it("reads j/k, arrows, c, x, e and Space", () => {
    expect(["j", "ArrowDown", "k", "ArrowUp", "c", "x", "e", " "].map((k) => queueAction(key(k)))).toEqual([
      "next",
      "next",
      "previous",
      "previous",
      "confirm",
      "reject",
      "edit",
      "tick",
    ]);
  });

  it("works on an Arabic layout by key position, and leaves shortcuts with modifiers alone", () => {
    expect(queueAction(key("ؤ", "KeyC"))).toBe("confirm");
    expect(queueAction(key("ء", "KeyX"))).toBe("reject");
    expect(queueAction(key("C", "KeyC"))).toBe("confirm");
    expect(queueAction(key("c", "KeyC", { ctrlKey: true }))).toBeNull();
    expect(queueAction(key("q", "KeyQ"))).toBeNull();
  });
});
