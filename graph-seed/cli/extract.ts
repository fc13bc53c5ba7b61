/**
 * `npm run extract -- <file.txt> [--published YYYY-MM-DD] [--title T] [--id ID]`: prints one article's
 * extraction as JSON on stdout; any problem is one line on stderr and exit code 1.
 */
import { readArticleFile } from "../corpus/readText.ts";
import { extractArticle } from "../extract/index.ts";
import { parseExtractArgs } from "./extractArgs.ts";
import { metaFor } from "./extractMeta.ts";

async function main() {
  const args = parseExtractArgs(process.argv.slice(2));
  const text = await readArticleFile(args.file);
  const meta = await metaFor(args);
  const extraction = extractArticle(text, meta);
  process.stdout.write(`${JSON.stringify(extraction, null, 2)}\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`extract: ${message.replace(/\s*\n\s*/g, " ")}\n`);
  process.exitCode = 1;
});
