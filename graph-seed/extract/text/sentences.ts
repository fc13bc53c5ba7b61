/** Splits an article into lines and sentences, keeping each one's offsets in the original text. */

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the line (paragraph) it belongs to. */
  line: number;
}

export interface Line {
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    const lead = part.length - part.trimStart().length;
    const trimmed = part.trim();
    if (trimmed) lines.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    start += part.length + 1;
  }
  return lines;
}

// A sentence ends at . ! ? ؟ (possibly doubled, possibly followed by a closing quote) before white space;
// `الجاري.وقال`: a full stop glued between two Arabic words ends one too (not `د.محمد`: one letter before).
const END = /[.!?؟…]+["”»’)]*(?=\s|$)|(?<=[\u0621-\u064A]{2}["”»’)]?)\.(?=[\u0621-\u064A])/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  splitLines(text).forEach((line, lineNo) => {
    let from = 0;
    const push = (to: number) => {
      const raw = line.text.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body) {
        const start = line.start + from + lead;
        out.push({ start, end: start + body.length, text: body, line: lineNo });
      }
    };
    for (const m of line.text.matchAll(END)) {
      const to = m.index + m[0].length;
      push(to);
      from = to;
    }
    push(line.text.length);
  });
  return out;
}
