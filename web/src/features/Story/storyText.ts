/** The strings of stories, presenting, embeds and the offline file, in both languages. */
import type { Language } from "../../../../model/kinds.ts";

export const STORY_TEXT = {
  story: { en: "Story", ar: "قصة" },
  storyPanel: { en: "Story builder", ar: "بناء القصة" },
  storyTitle: { en: "Story title", ar: "عنوان القصة" },
  addStep: { en: "Add this view to the story", ar: "أضف هذا العرض إلى القصة" },
  stepTitle: { en: "Step title", ar: "عنوان الخطوة" },
  caption: { en: "Caption", ar: "التعليق" },
  inArabic: { en: "Arabic", ar: "بالعربية" },
  inEnglish: { en: "English", ar: "بالإنجليزية" },
  moveUp: { en: "Move up", ar: "إلى الأعلى" },
  moveDown: { en: "Move down", ar: "إلى الأسفل" },
  deleteStep: { en: "Delete step", ar: "احذف الخطوة" },
  retake: { en: "Replace with this view", ar: "استبدل بالعرض الحالي" },
  save: { en: "Save story", ar: "احفظ القصة" },
  saving: { en: "Saving…", ar: "جارٍ الحفظ…" },
  saved: { en: "Saved.", ar: "حُفظت." },
  saveNeedsEditor: { en: "Saving needs an editor account.", ar: "الحفظ يحتاج إلى حساب محرّر." },
  newStory: { en: "New story", ar: "قصة جديدة" },
  stories: { en: "Saved stories", ar: "القصص المحفوظة" },
  noStories: { en: "No stories yet.", ar: "لا قصص بعد." },
  open: { en: "Open", ar: "افتح" },
  deleteStory: { en: "Delete story", ar: "احذف القصة" },
  steps: { en: "{n} steps", ar: "{n} خطوات" },
  noSteps: {
    en: "Arrange the network, then add the view as a step.",
    ar: "رتّب الشبكة ثم أضف العرض خطوةً.",
  },
  present: { en: "Present", ar: "اعرض" },
  storyLink: { en: "Link", ar: "الرابط" },
  embedLink: { en: "Embed link", ar: "رابط التضمين" },
  embedView: { en: "Embed this view", ar: "ضمّن هذا العرض" },
  downloadHtml: { en: "Download as HTML", ar: "نزّل ملف HTML" },
  print: { en: "Print / PDF", ar: "اطبع / PDF" },
  saveFirst: { en: "Save the story to get its links.", ar: "احفظ القصة للحصول على روابطها." },
  next: { en: "Next", ar: "التالي" },
  previous: { en: "Previous", ar: "السابق" },
  leave: { en: "Leave", ar: "خروج" },
  stepN: { en: "Step {i}", ar: "الخطوة {i}" },
  stepOf: { en: "Step {i} of {n}", ar: "الخطوة {i} من {n}" },
  showQuote: { en: "Show the quote", ar: "اعرض الاقتباس" },
  hideQuote: { en: "Hide the quote", ar: "أخفِ الاقتباس" },
  noQuote: { en: "No sentence names both.", ar: "لا جملة تذكر الطرفين معًا." },
  lostNodes: {
    en: "No longer in the graph: {names}",
    ar: "لم تعد في الشبكة: {names}",
  },
  lostSummary: {
    en: "Some steps show nodes the graph no longer has.",
    ar: "بعض الخطوات تعرض عقدًا لم تعد في الشبكة.",
  },
  loadingStep: { en: "Loading…", ar: "جارٍ التحميل…" },
  stepFailed: { en: "This step could not be loaded: {message}", ar: "تعذّر تحميل هذه الخطوة: {message}" },
  keysHelp: { en: "→ or Space: next · ←: previous", ar: "← أو المسافة: التالي · →: السابق" },
  keysLeave: { en: " · Esc: leave", ar: " · Esc: خروج" },
  openInExplorer: { en: "Open in the explorer", ar: "افتح في المستكشف" },
} as const satisfies Record<string, Record<Language, string>>;

export type StoryPhrase = keyof typeof STORY_TEXT;

export function storyT(lang: Language, key: StoryPhrase, vars: Record<string, string | number> = {}): string {
  let text: string = STORY_TEXT[key][lang];
  for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, String(v));
  return text;
}

/** Text in the wanted language, else the other one. */
export const inLang = (w: { ar: string; en: string }, lang: Language) =>
  (lang === "ar" ? w.ar || w.en : w.en || w.ar) ?? "";
