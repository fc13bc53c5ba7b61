/**
 * The token stream extraction matches against: words of the article with their normalised form and
 * original offsets, plus the clitic-stripped forms a word can take (`وليبيا` → `ليبيا`, `بالقاهرة` →
 * `القاهرة`, `للرئيس` → `الرئيس`), so catalog names match however they are glued.
 */
import { normalizeWithOffsets } from "./normalize.ts";

export interface Token {
  /** Position in the token stream. */
  index: number;
  /** Normalised form (see text/normalize.ts). */
  norm: string;
  start: number;
  end: number;
  /** Source offset of each character of `norm`. */
  offsets: number[];
  /** Its clitic readings, read on first use (see formsOf). */
  forms?: TokenForm[];
}

/** A reading of a token: its form after stripping `cut` normalised characters of prefix. */
export interface TokenForm {
  form: string;
  cut: number;
}

// Letters, digits (Latin and Arabic-Indic), diacritics and tatweel make up a word.
const WORD = /[\p{L}\p{N}\u064B-\u065F\u0670\u0640]+/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const { norm, offsets } = normalizeWithOffsets(m[0], start);
    if (norm === "") continue;
    // `forms` from the start, so every token has one shape (adding it later slowed all token reads).
    tokens.push({ index: tokens.length, norm, start, end: start + m[0].length, offsets, forms: undefined });
  }
  return tokens;
}

/** A token's clitic readings, kept on the token: the matchers ask for them many times per word. */
export function formsOf(token: Token): TokenForm[] {
  token.forms ??= cliticForms(token.norm);
  return token.forms;
}

/** Source span of a token from its `cut`-th normalised character to its end. */
export function spanFrom(token: Token, cut: number): { start: number; end: number } {
  return { start: token.offsets[cut] ?? token.start, end: token.end };
}

const CONJ = ["و", "ف"];
const PREP = ["ب", "ل", "ك"];

/**
 * Readings of a word with proclitics removed, the plain word first. A taa marbuta cannot begin an
 * Arabic word, so a leading one is a typo glued from the previous word (`ةوليبيا`) and is dropped too.
 */
const FORMS = new Map<string, TokenForm[]>();

/** Memoised: the same words recur across articles, and every matcher asks for their readings. */
export function cliticForms(norm: string): TokenForm[] {
  let forms = FORMS.get(norm);
  if (!forms) {
    forms = computeForms(norm);
    if (FORMS.size > 200_000) FORMS.clear();
    FORMS.set(norm, forms);
  }
  return forms;
}

function computeForms(norm: string): TokenForm[] {
  const out: TokenForm[] = [{ form: norm, cut: 0 }];
  let base = 0;
  if (norm.startsWith("ه") && norm.length > 3 && norm[1] === "و") base = 1;
  const add = (cut: number) => {
    const form = norm.slice(cut);
    if (form.length >= 2 && !out.some((o) => o.form === form)) out.push({ form, cut });
  };
  const conj = CONJ.includes(norm[base] ?? "") ? base + 1 : base;
  if (conj > 0) add(conj);
  const p = norm[conj] ?? "";
  if (PREP.includes(p)) {
    add(conj + 1);
    // `لل` + noun is `ل` + `ال` with the alef dropped: read it as the definite noun.
    if (p === "ل" && norm[conj + 1] === "ل") {
      const form = `ا${norm.slice(conj + 1)}`;
      if (!out.some((o) => o.form === form)) out.push({ form, cut: conj + 1 });
    }
  }
  return out;
}
