/**
 * Which words may be part of a person's name found from context. Function words, time words and the
 * verbs news puts after a subject end a name; so does any word glued to a clitic and an article.
 */
import { normalizeArabic } from "./normalize.ts";

const STOP = `في على من إلى الى عن مع أن إن ان بأن وأن لأن أنه أنها إنه إنها بأنه بأنها وأنه وأنها الذي التي الذين اللذين خلال بعد قبل عند لدى حول
بين منذ حتى ثم أو او كما كان كانت قد لقد لم لن لا ما هذا هذه ذلك تلك هو هي هم نحو عبر ضد دون غير أمام وراء
اليوم أمس غدا صباح مساء ظهر ليل الليلة الأسبوع الشهر العام يوم أيام الماضي المقبل القادم الحالي السابق الأسبق
آفاق أوجه إمكانية فرص سير نتائج ملفات قضايا مجالات تعزيز تطوير دعم عددا جرى جري تم خلاله خلالها دولة سعادة حيث بينما فيما إذ الجديد السابقة المنتهية المكلف بالوكالة بالإنابة أيضا ايضا كذلك فقط جدا
قال أكد أعلن أشار أوضح بحث التقى استقبل دعا شدد أعرب وصل زار اعتبر لفت نوه رحب وقع أطلع تلقى أجرى عقد أبلغ
أشاد يعتزم ثمن أجرى يقول يؤكد يعلن يبحث يلتقي يستقبل يزور تبحث تلتقي أعربت أكدت قالت أعلنت بحثت التقت استقبلت
الثلاثاء الأربعاء الخميس الجمعة السبت الأحد الاثنين الإثنين
هاتفيا هاتفياً اتصالا اتصال لقاء اجتماع مباحثات محادثات زيارة رسالة بيان تصريحات تصريح كلمة
اجتماعا لقاءا لقاءات اجتماعات جلسة جلسات ثنائيا ثنائي الثنائي موسعا مغلقا منفصلا
الرئيس الرئيسة رئيس الوزير وزير الملك الأمير الشيخ السفير السيد ولي نائب المبعوث المتحدث الناطق الأمين
تناول تناولا تناولت ناقش ناقشا الاوضاع العلاقات التعاون الجهود القضايا المسائل التطورات الملفات سبل آخر مستجدات مؤتمر مؤتمرا المؤتمر صحفيا مشتركا جلسة قمة صاحب السمو سمو الجلالة جلالة فخامة معالي والوفد الوفد وفد الجانب الجانبان البلدين البلدان الدولتين
الشقيق الشقيقة الشقيقين الشقيقتين الصديق الصديقة برقية برقيات رسائل وفود نيابة بالنيابة عنه عنها المفدى المعظم حفظه ورعاه نظيره نظيرته نظيريه نظيرها الضيف
بمكتبه بمقره بقصره بمنزله بديوانه لسموه لجلالته سموه جلالته
توقيع التوقيع اتفاقية اتفاقيه مذكرة مذكرات تفاهم الضيفة استدعاء
المجلس الحكومة البرلمان الشعب الجيش الدولة البلاد المملكة الإمارة السلطنة الجمهورية
خادم الحرمين الشريفين
بمناسبة لمناسبة بهدف بغية لبحث وذلك ضرورة أهمية حرص حرصه استعداد ترحيب تقدير رفض متانة عمق موقف دعمه تمسك التزام`;

export const NAME_STOP = new Set(STOP.split(/\s+/).filter(Boolean).map(normalizeArabic));

/** Words that join parts of one name (`بن`, `عبد`, `آل`) and so cannot end it. */
export const NAME_JOINERS = new Set(["بن", "ابن", "بنت", "عبد", "ابو", "ال", "ولد"]);

/** `والرئيس`, `بالقاهرة`, `للأزمة`: a clitic before the article marks a common noun, not a name. */
/** `الكيني`, `الماليزي`: a nationality adjective the catalog lacks, not a name. */
export function looksLikeNisba(norm: string): boolean {
  return /^ال..+ي$/.test(norm) && norm.length >= 5;
}

/** Later words of a name are not present-tense verbs (`أنور إبراهيم يعتزم`). */
export function looksLikeVerb(norm: string): boolean {
  // Slavic and other foreign surnames (`يفيموف`, `تشوركين`) start the same way but end tellingly.
  // `سيارتو`, `تيتيه`: a final `و` or `يه` ends no Arabic verb form.
  // `تالوار`: a present-tense prefix is not followed by a long `ا`.
  return (
    /^(ي|ت|سي|ست)..../.test(norm) &&
    !/^[يت]ا/.test(norm) &&
    // `تياني`, `تيبو`: no present-tense verb opens with `تي`.
    !/^تي/.test(norm) &&
    !/(وف|يف|وفا|يفا|سكي|نكو|يتش|ين|يان|نغ|ينه|[^ا]و|يه)$/.test(norm)
  );
}

export function looksLikeName(norm: string): boolean {
  if (NAME_STOP.has(norm)) return false;
  // `وصاحب`, `وسمو`: a stop word behind a conjunction is still a stop word.
  if (/^[وف]/.test(norm) && NAME_STOP.has(norm.slice(1))) return false;
  // Short words such as `فال` (Fall) are names, not a clitic before the article.
  if (/^(وال|بال|فال|كال|لل|ولل)../.test(norm)) return false;
  if (/^\d/.test(norm)) return false;
  // `تحياته`, `لفخامته`: a noun with a possessive pronoun is prose, not a name.
  if (/(ته|تها|تهما|اته)$/.test(norm)) return false;
  return norm.length >= 2;
}
