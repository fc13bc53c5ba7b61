/**
 * Later mentions of people the article introduced by title only (not in the catalog): the full name
 * again, or the family name alone (`أردوغان` after `الرئيس التركي رجب طيب أردوغان`).
 */

import { NAMES } from "../lexicon/index.ts";
import { aliasIndex } from "../mentions/aliasIndex.ts";
import { type Mention, mention } from "../mentions/mentions.ts";
import { formsOf, spanFrom, type Token } from "../text/tokens.ts";
import { looksLikeName } from "./nameWords.ts";

const DYNASTIES = NAMES.dynasties;

export function findLocalNames(tokens: Token[], introduced: Mention[], taken: Set<number>): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<string>();
  const byWord = new Map<string, Mention[]>();
  for (const m of introduced) {
    if (seen.has(m.entityId)) continue;
    seen.add(m.entityId);
    const family = tokens[m.last]!.norm;
    // `تميم بن حمد`, `حمد بن عيسى آل خليفة`: a last word right after `بن` or `آل` is a forebear's or a
    // dynasty's, not one person's family name; `عبداللطيف بن راشد الزياني` does end in one.
    // `الجابر الصباح`: a ruling house's name ends many names and is no one's own.
    const patronymic = NAMES.familyJoiners.has(tokens[m.last - 1]?.norm ?? "") || DYNASTIES.has(family);
    // A word the catalog already reads on its own (`السيسي`) is matched there, not here.
    const known = aliasIndex()
      .get(family)
      ?.some((a) => a.tokens.length === 1);
    // A one-word name (`سوغيونو`) comes back as is; longer ones by their last word.
    const long = m.last > m.first || family.length >= 4;
    if (long && !patronymic && !known && family.length >= 3 && looksLikeName(family)) {
      byWord.set(family, [...(byWord.get(family) ?? []), m]);
    }
  }
  // `سيف الدين` after `سيف الدين عبد الله`: a compound given name comes back on its own.
  const byPair = new Map<string, Mention>();
  for (const m of introduced) {
    const [a, b] = [tokens[m.first]!, tokens[m.first + 1]];
    if (m.source === "title" && m.last - m.first >= 2 && b && NAMES.compoundNameEnds.has(b.norm))
      byPair.set(`${a.norm} ${b.norm}`, m);
  }
  // `بن فرحان` after `فيصل بن فرحان`: a name ending `بن X` comes back as `بن X`, where only one
  // person the article named ends so.
  const sons = new Map<string, Mention | null>();
  for (const m of introduced) {
    if (m.last - m.first < 2 || tokens[m.last - 1]!.norm !== "بن") continue;
    const key = `بن ${tokens[m.last]!.norm}`;
    const have = sons.get(key);
    sons.set(key, have === undefined || have?.entityId === m.entityId ? m : null);
  }
  for (const [key, m] of sons) if (m) byPair.set(key, m);
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    const pair = tokens[i + 1] && !taken.has(i + 1) ? pairAt(tokens, i, byPair) : null;
    if (pair) {
      out.push(
        mention({
          ...pair.m,
          start: pair.start,
          end: tokens[i + 1]!.end,
          first: i,
          last: i + 1,
          source: "local",
          office: undefined,
        }),
      );
      i++;
      continue;
    }
    for (const { form, cut } of formsOf(tokens[i]!)) {
      const ms = byWord.get(form);
      if (!ms) continue;
      const m = ms.length === 1 ? ms[0]! : salient(ms, introduced, i);
      const { start } = spanFrom(tokens[i]!, cut);
      out.push(
        mention({ ...m, start, end: tokens[i]!.end, first: i, last: i, source: "local", office: undefined }),
      );
      break;
    }
  }
  return out;
}

function pairAt(tokens: Token[], i: number, byPair: Map<string, Mention>) {
  if (byPair.size === 0) return null;
  for (const { form, cut } of formsOf(tokens[i]!)) {
    const m = byPair.get(`${form} ${tokens[i + 1]!.norm}`);
    if (m && m.first !== i) return { m, start: spanFrom(tokens[i]!, cut).start };
  }
  return null;
}

/** Two people of one family (`الزياني`): the one named most so far, the latest on a tie. */
function salient(ms: Mention[], all: Mention[], i: number): Mention {
  const count = (m: Mention) => all.filter((x) => x.entityId === m.entityId && x.first < i).length;
  let best = ms[0]!;
  for (const m of ms.slice(1)) if (m.first < i && count(m) >= count(best)) best = m;
  return best;
}
