/**
 * Which files of a Vite build the browser needs before the app can start (the entry and its static
 * imports, transitively) and which it fetches only on demand, read from `.vite/manifest.json`.
 */

export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The first-download budget for JavaScript, gzip bytes (issue 14: 250 KB). */
export const INITIAL_JS_BUDGET = 250_000;

/**
 * JavaScript files loaded before a page starts: its entry (the explorer's `index.html` unless told) and
 * everything it imports statically. Other entries (the embed page) are pages of their own.
 */
export function initialFiles(manifest: Manifest, entry = "index.html"): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest names ${key} but has no entry for it`);
    seen.add(key);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  if (!manifest[entry]?.isEntry) throw new Error(`manifest has no entry ${entry}`);
  visit(entry);
  return [...seen].map((key) => manifest[key]!.file).filter((f) => f.endsWith(".js"));
}

/** Every other JavaScript file of the build: what the page loads on demand, and other pages' files. */
export function lazyFiles(manifest: Manifest, entry = "index.html"): string[] {
  const initial = new Set(initialFiles(manifest, entry));
  const all = new Set(Object.values(manifest).map((c) => c.file));
  return [...all].filter((f) => f.endsWith(".js") && !initial.has(f)).sort();
}
