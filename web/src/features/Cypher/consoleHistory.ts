/**
 * The console's history: the last 20 queries run, newest first, each with its parameters, kept in
 * localStorage. A query run again moves to the top instead of appearing twice.
 */
export interface HistoryEntry {
  query: string;
  params: string;
}

export const HISTORY_KEY = "cypher-console-history";
export const HISTORY_SIZE = 20;

const isEntry = (e: unknown): e is HistoryEntry =>
  !!e && typeof (e as HistoryEntry).query === "string" && typeof (e as HistoryEntry).params === "string";

export function readHistory(storage: Pick<Storage, "getItem"> = localStorage): HistoryEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(HISTORY_KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isEntry).slice(0, HISTORY_SIZE) : [];
  } catch {
    return []; // a damaged entry is forgotten, not fatal
  }
}

export function remember(
  entry: HistoryEntry,
  storage: Pick<Storage, "getItem" | "setItem"> = localStorage,
): HistoryEntry[] {
  const same = (e: HistoryEntry) => e.query === entry.query && e.params === entry.params;
  const next = [entry, ...readHistory(storage).filter((e) => !same(e))].slice(0, HISTORY_SIZE);
  try {
    storage.setItem(HISTORY_KEY, JSON.stringify(next));
  } catch {
    // Storage full or off (private mode): the history lasts for this page only.
  }
  return next;
}

/** The parameters field as an object: empty means none; anything but a JSON object is an error. */
export function parseParams(text: string): { params: Record<string, unknown> } | { error: string } {
  if (text.trim() === "") return { params: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === "object" && !Array.isArray(value)) {
      return { params: value as Record<string, unknown> };
    }
    return { error: "not-object" };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
