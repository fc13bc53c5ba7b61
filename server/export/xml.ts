/** Escaping for XML text and attribute values. */

// Characters XML 1.0 cannot carry at all, even escaped: dropped rather than producing a broken file.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // A raw CR is read back as LF (XML end-of-line handling): only a character reference keeps it.
  "\r": "&#13;",
};

export const escapeXml = (value: string) =>
  value.replace(INVALID_XML_CHARS, "").replace(/[&<>"'\r]/g, (c) => ENTITIES[c]!);
