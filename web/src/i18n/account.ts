/** Strings of signing in and out, and of a read-only server. */
import type { Dictionary } from "./types.ts";

export const account = {
  signIn: { en: "Sign in", ar: "تسجيل الدخول" },
  signOut: { en: "Sign out", ar: "تسجيل الخروج" },
  signInTitle: { en: "Sign in to edit", ar: "سجّل الدخول للتحرير" },
  signInName: { en: "Name", ar: "الاسم" },
  signInPassword: { en: "Password", ar: "كلمة المرور" },
  signInSubmit: { en: "Sign in", ar: "دخول" },
  signInCancel: { en: "Cancel", ar: "إلغاء" },
  signInWorking: { en: "Signing in…", ar: "جارٍ تسجيل الدخول…" },
  signInWrong: { en: "Wrong name or password.", ar: "الاسم أو كلمة المرور غير صحيحة." },
  signInTooMany: {
    en: "Too many failed tries. Wait a minute and try again.",
    ar: "محاولات فاشلة كثيرة. انتظر دقيقة ثم أعد المحاولة.",
  },
  signInFailed: { en: "Could not sign in: {message}", ar: "تعذّر تسجيل الدخول: {message}" },
  signedInAs: { en: "Signed in as", ar: "مسجَّل باسم" },
  role_viewer: { en: "viewer", ar: "قارئ" },
  role_editor: { en: "editor", ar: "محرّر" },
  role_admin: { en: "admin", ar: "مدير" },
  readOnlyNote: {
    en: "Read-only: no accounts yet. To edit, create one on the server with",
    ar: "للقراءة فقط: لا حسابات بعد. للتحرير أنشئ حسابًا على الخادم بالأمر",
  },
  signInToEdit: { en: "Sign in as an editor to add articles.", ar: "سجّل الدخول بصفة محرّر لإضافة المقالات." },
  editorsOnly: {
    en: "Adding articles is for editors and admins.",
    ar: "إضافة المقالات للمحرّرين والمديرين.",
  },
} satisfies Dictionary;
