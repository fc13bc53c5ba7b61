/**
 * Reads one article file as text, refusing what is not an article: a missing path, an empty file,
 * a binary file or bytes that are not UTF-8. Offsets everywhere index the string returned here
 * (UTF-8 decoded, BOM removed), so every reader of article files goes through this function.
 */
import { readFile, stat } from "node:fs/promises";

export class ArticleFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = "ArticleFileError";
  }
}

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Decodes article bytes; throws ArticleFileError (with `label` as its path) when they are not text. */
export function decodeArticle(bytes: Uint8Array, label: string): string {
  if (bytes.length === 0) throw new ArticleFileError(label, "file is empty");
  if (bytes.includes(0)) throw new ArticleFileError(label, "file is binary (contains NUL bytes)");
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new ArticleFileError(label, "file is not valid UTF-8 text");
  }
  if (text.trim() === "") throw new ArticleFileError(label, "file holds only white space");
  return text;
}

export async function readArticleFile(path: string): Promise<string> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new ArticleFileError(path, "no such file");
  if (!info.isFile()) throw new ArticleFileError(path, "not a regular file");
  return decodeArticle(new Uint8Array(await readFile(path)), path);
}
