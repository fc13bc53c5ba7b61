/** Hostile text: the characters that have broken parsers, validators and renderers elsewhere. */
import fc from "fast-check";

/** Control characters, NUL, lone surrogates, zero-width and direction marks, and some plain letters. */
export const HOSTILE_PIECES = [
  "\u0000",
  "\u0001",
  "\u001b[31m",
  "\u007f",
  "\r\n",
  "\t",
  "\ud800",
  "\udfff",
  "\ud83d\ude00",
  "\u200b",
  "\u200c",
  "\u200d",
  "\ufeff",
  "\u200f",
  "\u202e",
  "\u2066",
  "\u061c",
  "\ufffd",
  "ـ",
  "ال",
  "وزير",
  "a",
  "Z9",
  " ",
  "%",
  "%zz",
  "%E0%A4",
  "&",
  "=",
  "#",
  "?",
  "/",
  "..",
  "\\",
  "'",
  '"',
  "<script>",
  "$" + "{x}",
  "__proto__",
  "constructor",
  "0",
  "-1",
  "1e309",
  "NaN",
] as const;

export const hostileString = (maxPieces = 12) =>
  fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: maxPieces }).map((parts) => parts.join(""));

/** A string of exactly `length` code units, just inside or just over a limit. */
export const stringOfLength = (length: number) =>
  fc.constantFrom("ا", "a", "\u200b", " ").map((ch) => ch.repeat(length));

/** Near a documented limit: one under, at, one over. */
export const nearLimit = (limit: number) =>
  fc.constantFrom(limit - 1, limit, limit + 1).chain((n) => stringOfLength(Math.max(0, n)));

/** Values of the wrong type for a string field. */
export const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

/** encodeURIComponent that does not throw on lone surrogates: they become their (invalid) UTF-8 bytes. */
export function encodeLoosely(s: string): string {
  let out = "";
  for (const ch of s) {
    try {
      out += encodeURIComponent(ch);
    } catch {
      const code = ch.charCodeAt(0);
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join("");
    }
  }
  return out;
}
