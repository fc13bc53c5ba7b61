/** Strings of the Cypher console panel; they load with the lazy panels (curation.ts spreads them). */
import type { Dictionary } from "./types.ts";

export const cypherConsole = {
  cyTitle: { en: "Cypher console", ar: "وحدة استعلام Cypher" },
  cyNeedsNeo4j: {
    en: "The Cypher console needs the Neo4j store; this server runs the embedded one.",
    ar: "تحتاج وحدة استعلام Cypher إلى مخزن Neo4j، وهذا الخادم يعمل بالمخزن المدمج.",
  },
  cyUseQuestions: {
    en: "Ask the ready questions instead",
    ar: "اطرح الأسئلة الجاهزة بدلًا من ذلك",
  },
  cyQuery: { en: "Query", ar: "الاستعلام" },
  cyParams: { en: "Parameters (JSON object)", ar: "المعاملات (كائن JSON)" },
  cyParamsBad: {
    en: 'Parameters must be a JSON object, such as {"id": "person:putin"}.',
    ar: 'يجب أن تكون المعاملات كائن JSON، مثل {"id": "person:putin"}.',
  },
  cyRun: { en: "Run (Ctrl+Enter)", ar: "تشغيل (Ctrl+Enter)" },
  cyRunning: { en: "Running…", ar: "جارٍ التشغيل…" },
  cyHistory: { en: "History", ar: "السجل" },
  cyRows: { en: "Rows: {count}", ar: "عدد الصفوف: {count}" },
  cyTruncated: {
    en: "Cut at {limit} rows: the rest was not read.",
    ar: "توقّف عند {limit} صف: لم يُقرأ الباقي.",
  },
  cyAddToCanvas: { en: "Add to canvas", ar: "أضف إلى الشبكة" },
  cyAdded: { en: "Added to the canvas: {count}.", ar: "أُضيف إلى الشبكة: {count}." },
  cyClearAdded: { en: "Remove them", ar: "أزلها" },
} satisfies Dictionary;
