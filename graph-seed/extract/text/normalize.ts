/**
 * Arabic normalisation shared by extraction and search: spelling variants that readers treat as the
 * same word must compare equal (أ/إ/آ/ا, ى/ي, ة/ه, diacritics, tatweel), Latin is lower-cased.
 * Every rule maps one character to at most one character, so offsets can be carried over.
 */

const DROPPED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/;

const FOLD: Record<string, string> = {
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ى: "ي",
  ة: "ه",
  ؤ: "و",
  ئ: "ي",
  ک: "ك",
  ی: "ي",
  گ: "ك",
};

/**
 * One pass over the characters. No NFC step is needed: a decomposed hamza (ا + U+0654) loses its mark
 * like any diacritic and lands on the same bare alef the composed أ folds to.
 */
export function normalizeArabic(input: string): string {
  // Character codes gathered in a buffer and turned into one flat string: a string built with `+=`
  // is a rope that every regex run over it must first copy flat.
  const codes = input.length <= BUFFER.length ? BUFFER : new Uint16Array(input.length);
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    const folded = code < 0x800 ? CODES[code]! : slowFoldCode(input[i]!);
    if (folded !== 0) codes[n++] = folded;
  }
  return fromCodes(codes, n);
}

const BUFFER = new Uint16Array(4096);
const CHUNK = 4096;

function fromCodes(codes: Uint16Array, n: number): string {
  if (n <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  let out = "";
  for (let i = 0; i < n; i += CHUNK)
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  return out;
}

/** Outside the table: the folded character's code, 0 when it is dropped (every fold is one character). */
function slowFoldCode(c: string): number {
  const f = slowFold(c);
  return f === "" ? 0 : f.charCodeAt(0);
}

function slowFold(c: string): string {
  if (DROPPED.test(c)) return "";
  return (FOLD[c] ?? c).toLowerCase();
}

/** Every character below U+0800 (ASCII, Latin, Arabic) folded once, up front: a table lookup per character. */
const TABLE: string[] = Array.from({ length: 0x800 }, (_, code) => slowFold(String.fromCharCode(code)));
/** The same table as codes (0 for a dropped character), for building strings without concatenation. */
const CODES = Uint16Array.from(TABLE, (f) => (f === "" ? 0 : f.charCodeAt(0)));

/** As CODES, but -1 where the fold is not exactly one character (`İ` lower-cases to two); U+0000 stays. */
const SINGLE_CODES = Int32Array.from(TABLE, (f) => (f.length === 1 ? f.charCodeAt(0) : -1));

function singleFoldCode(c: string): number {
  const f = slowFold(c);
  return f.length === 1 ? f.charCodeAt(0) : -1;
}

/** One character's normal form: "" for diacritics and tatweel, else the folded, lower-cased character. */
export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x800 ? TABLE[code]! : slowFold(c);
}

/** Normalised text plus, for each of its characters, the offset of the source character it came from. */
export function normalizeWithOffsets(input: string, base = 0): { norm: string; offsets: number[] } {
  // A word is built fastest by concatenation; a longer text from a code buffer, as a rope of
  // per-character `+=` as long as an article must be copied flat before every regex over it.
  return input.length <= 64 ? concatenated(input, base) : buffered(input, base);
}

function concatenated(input: string, base: number): { norm: string; offsets: number[] } {
  let norm = "";
  const offsets: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const f = foldChar(input[i]!);
    if (f.length !== 1) continue;
    norm += f;
    offsets.push(base + i);
  }
  return { norm, offsets };
}

function buffered(input: string, base: number): { norm: string; offsets: number[] } {
  const codes = input.length <= BUFFER.length ? BUFFER : new Uint16Array(input.length);
  let n = 0;
  const offsets: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    // Only one-character folds are kept (as in concatenated): each kept character has one source offset.
    const folded = code < 0x800 ? SINGLE_CODES[code]! : singleFoldCode(input[i]!);
    if (folded < 0) continue;
    codes[n++] = folded;
    offsets.push(base + i);
  }
  return { norm: fromCodes(codes, n), offsets };
}
