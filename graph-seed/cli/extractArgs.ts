/** Command-line flags of `npm run extract`, validated into one request or a one-line error. */

export interface ExtractArgs {
  file: string;
  published?: string;
  title?: string;
  id?: string;
}

const USAGE = "usage: npm run extract -- <file.txt> [--published YYYY-MM-DD] [--title T] [--id ID]";

function validDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Throws Error with a one-line message on bad input. */
export function parseExtractArgs(argv: string[]): ExtractArgs {
  const out: Partial<ExtractArgs> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    if (flag === "--published" || flag === "--title" || flag === "--id") {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") throw new Error(`${flag} needs a value; ${USAGE}`);
      out[flag.slice(2) as "published" | "title" | "id"] = value;
    } else if (flag.startsWith("--")) {
      throw new Error(`unknown option ${flag}; ${USAGE}`);
    } else if (out.file === undefined) {
      out.file = arg;
    } else {
      throw new Error(`only one file at a time (got ${out.file} and ${arg}); ${USAGE}`);
    }
  }
  if (!out.file) throw new Error(`no article file given; ${USAGE}`);
  if (out.published !== undefined && !validDay(out.published)) {
    throw new Error(`--published must be a real date as YYYY-MM-DD, got "${out.published}"`);
  }
  return out as ExtractArgs;
}
