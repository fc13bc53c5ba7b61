/**
 * An empty object for records keyed by entity ids (participant confidence, roles). V8 gives a plain
 * object a new hidden class for every new set of keys, and ids differ from article to article: making
 * and copying those classes showed in profiles. An object in dictionary mode takes any keys without
 * one, enumerates them in insertion order all the same, and deleting a property that is not the last
 * one added is how a plain object is put in that mode.
 */
export function idRecord<V>(): Record<string, V> {
  const r: Record<string, unknown> = { first: 0, second: 0 };
  delete r.first;
  delete r.second;
  return r as Record<string, V>;
}
