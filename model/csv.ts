/**
 * One CSV cell, the same for every CSV the project writes (the API's exports, the audit log, the web
 * app's downloads): RFC 4180 quoting, and a leading apostrophe on text a spreadsheet would run as a
 * formula (a title beginning with `=`, `+`, `-`, `@`, tab or CR: CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
