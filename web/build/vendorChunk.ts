/**
 * Libraries that change rarely get chunks of their own, so a release of the app's code does not make
 * browsers download Cytoscape and React again (assets are cached immutably by content hash).
 */
const VENDORS: Record<string, string> = {
  cytoscape: "cytoscape",
  react: "react",
  "react-dom": "react",
  scheduler: "react",
};

export function vendorChunk(id: string): string | undefined {
  const pkg = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1];
  return pkg ? VENDORS[pkg] : undefined;
}
