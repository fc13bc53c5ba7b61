/**
 * How a predicted entity is matched to a gold entity of the real reports: the same normalised form
 * (clitics `و ف ب ل ك ال` peeled), a gold form of four letters or more inside a predicted form as
 * whole words, or the same English name. The rules of the reports' own scorer, kept identical so that
 * `npm run eval -- --set real` prints what it prints.
 */
import type { ExtractedEntity } from "../../../model/extraction.ts";
import type { RealGoldEntity } from "./realGold.ts";

const DIACRITICS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

export function normReal(s: string | null | undefined): string {
  return (s ?? "")
    .normalize("NFKC")
    .replace(DIACRITICS, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي")
    .replace(/[«»"“”'’()[\]،,.:؛!?]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

const PROCLITICS = ["وال", "بال", "لل", "فال", "كال", "ال", "و", "ف", "ب", "ل", "ك"];

function variants(s: string): Set<string> {
  const n = normReal(s);
  const out = new Set([n]);
  for (const p of PROCLITICS) if (n.startsWith(p) && n.length - p.length >= 3) out.add(n.slice(p.length));
  return out;
}

function entityForms(e: ExtractedEntity): Set<string> {
  const forms = new Set<string>();
  for (const m of e.mentions ?? []) for (const v of variants(m.text)) forms.add(v);
  if (e.name?.ar) for (const v of variants(e.name.ar)) forms.add(v);
  return forms;
}

export function matchesGold(e: ExtractedEntity, g: RealGoldEntity): boolean {
  const forms = entityForms(e);
  const goldForms = new Set(g.ar.flatMap((a) => [...variants(a)]));
  for (const f of forms) {
    if (goldForms.has(f)) return true;
    for (const gf of goldForms) if (gf.length >= 4 && ` ${f} `.includes(` ${gf} `)) return true;
  }
  const en = (e.name?.en ?? "").toLowerCase().trim();
  return en !== "" && g.en.some((x) => x.toLowerCase() === en);
}
