import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { alternation, LexiconError, loadWordLists } from "./load.ts";
import { TRIGGER_LISTS, triggersFile } from "./schema.ts";
import triggersData from "./triggers.json" with { type: "json" };

/** triggers.json with one list replaced. */
const withList = (name: string, list: unknown) => ({
  ...triggersData,
  lists: { ...triggersData.lists, [name]: list },
});

describe("word-list files", () => {
  it("are each loaded by index.ts: no data file lies unread", () => {
    const dir = new URL(".", import.meta.url);
    const index = readFileSync(new URL("index.ts", dir), "utf8");
    const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
    expect(files.filter((f) => !index.includes(`"./${f}"`))).toEqual([]);
  });

  it("load as sets of normalised words, in file order", () => {
    const lists = loadWordLists("triggers.json", triggersFile, triggersData);
    expect(Object.keys(lists).sort()).toEqual([...TRIGGER_LISTS].sort());
    // `قمة` and `قمه` are one word once normalised.
    expect([...lists.summit]).toEqual(["قمه", "القمه"]);
    expect(alternation(lists.welcomeNouns)).toBe("استقبال|وداع");
  });

  it("name the file, the list and the word that does not fit", () => {
    const bad = withList("summit", { about: "x", words: ["قمة", "summit"] });
    expect(() => loadWordLists("triggers.json", triggersFile, bad)).toThrow(
      new LexiconError(
        'lexicon/triggers.json: lists.summit.words.1 ("summit"): Arabic words only, one space between words',
      ),
    );
  });

  it("refuse a list the rules do not read, and a missing one", () => {
    const extra = withList("summits", { about: "x", words: ["قمة"] });
    expect(() => loadWordLists("triggers.json", triggersFile, extra)).toThrow(
      /lists: Unrecognized key.*summits/,
    );
    const { summit: _gone, ...rest } = triggersData.lists;
    const missing = { ...triggersData, lists: rest };
    expect(() => loadWordLists("triggers.json", triggersFile, missing)).toThrow(/lists\.summit: /);
  });
});
