/**
 * The review queue's keys. Letters are matched by key or by physical position (`code`), so a reviewer
 * typing on an Arabic layout (where C gives "ؤ") works the queue with the same keys.
 */
export type QueueAction = "next" | "previous" | "confirm" | "reject" | "edit" | "tick";

const BY_KEY: Record<string, QueueAction> = {
  j: "next",
  ArrowDown: "next",
  k: "previous",
  ArrowUp: "previous",
  c: "confirm",
  x: "reject",
  e: "edit",
  " ": "tick",
};
const BY_CODE: Record<string, QueueAction> = {
  KeyJ: "next",
  KeyK: "previous",
  KeyC: "confirm",
  KeyX: "reject",
  KeyE: "edit",
};

export function queueAction(e: Pick<KeyboardEvent, "key" | "code" | "altKey" | "ctrlKey" | "metaKey">) {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  return BY_KEY[e.key] ?? BY_KEY[e.key.toLowerCase()] ?? BY_CODE[e.code] ?? null;
}
