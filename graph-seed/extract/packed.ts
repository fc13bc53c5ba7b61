/**
 * A packed copy of an array. Spreads, `map` and `filter` make packed or holey arrays depending on
 * whether they ran optimised, and code that reads an array shared by many steps (the article's
 * tokens, mentions, catalog hits) was recompiled each time it met the other elements kind.
 */
export function packed<T>(items: readonly T[]): T[] {
  const out: T[] = [];
  for (const x of items) out.push(x);
  return out;
}
