import { wordBounds } from '../../../language/reading';
import type { CriticismLanguage } from './rule';

/*
 * Arabic, standard and Egyptian. The coaching word bounds know Latin and Cyrillic letters only; these know
 * Arabic ones. Unvowelled "أخطأت" is both "you erred" and "I erred": an apology beside it makes it the agent's,
 * as it makes "كان عليك" ("you had to") sympathy.
 */

const LETTERS = String.raw`\u0620-\u065F\u066E-\u06D3\u06FA-\u06FF`;
const { B, E } = wordBounds(LETTERS, false);
const YOU = String.raw`(?:أنت|انت|إنت|حضرتك|لقد|قد)`;
const WRONG = String.raw`(?:خطأ|خاطئ|خاطئة|الخطأ|الخاطئ|الخاطئة|غلط|الغلط|غلطاً|خطأً|بالخطأ|بالغلط|غير\s+صحيح|غير\s+صحيحة|غير\s+الصحيح|بشكل\s+خاطئ|بشكل\s+غير\s+صحيح)`;
const OWN_APOLOGY = new RegExp(
  String.raw`${B}(?:أعتذر|اعتذر|نعتذر|آسف|اسف|آسفة|اسفة|نأسف|عذرا|عذراً|سامحني|سامحيني)${E}`,
  'u',
);

const arabic = (...alternatives: string[]) => new RegExp(alternatives.map((a) => `(?:${a})`).join('|'), 'iu');

export const arCriticism: CriticismLanguage = {
  rules: [
    { pattern: arabic(String.raw`${B}[أا]خط[أا]ت${E}`), unless: [OWN_APOLOGY] },
    { pattern: arabic(String.raw`${B}(?:أنت|انت|إنت|حضرتك|انتي|إنتي)\s+(?:غلطت|غلطتي|غلطان|غلطانة|مخطئ|مخطئة)${E}`) },
    {
      pattern: arabic(
        String.raw`${B}(?:خطؤك|خطأك|خطئك|غلطتك|غلطك|ذنبك|تقصيرك|إهمالك|اهمالك)${E}`,
        String.raw`${B}(?:ال)?(?:خطأ|غلط|غلطة)\s+(?:منك|من\s+(?:جهتك|طرفك|عندك|حضرتك))${E}`,
      ),
    },
    {
      pattern: arabic(
        String.raw`${B}(?:${YOU}\s+)?(?:أدخلت|ادخلت|دخلت|كتبت|اخترت|إخترت|وضعت|حطيت|سجلت|طلبت)\s+(?:\S+\s+){0,3}?${WRONG}${E}`,
      ),
      unless: [OWN_APOLOGY],
    },
    {
      pattern: arabic(
        String.raw`${B}(?:(?:أنت|انت|حضرتك)\s+)?لم\s+(?:تقرأ|تقرا|تتبع|تلتزم|تدخل|تكتب|تنتبه|تراجع|تتحقق|ترفق|تختار)${E}`,
      ),
    },
    {
      pattern: arabic(
        String.raw`${B}كان\s+(?:يجب|ينبغي|لازم|المفروض)\s+(?:عليك|على\s+حضرتك|[أا]ن\s+ت)`,
        String.raw`${B}كان\s+(?:عليك|على\s+حضرتك)${E}`,
        String.raw`${B}المفروض\s+(?:[أا]نك|حضرتك)${E}`,
      ),
      // "نعتذر لأنه كان عليك الانتظار": sorry you had to wait.
      unless: [OWN_APOLOGY],
    },
  ],
  guards: [
    arabic(
      String.raw`${B}[وف]?(?:إذا|اذا|لو|حال|يبدو|ربما|لعل|يمكن\s+يكون|ممكن\s+يكون|قد\s+يكون)${E}`,
      String.raw`${B}(?:ليس|ليست|مش|مو)\s+(?:\S+\s+)?(?:خطؤك|خطأك|خطئك|غلطتك|ذنبك|خطأ\s+منك)${E}`,
    ),
  ],
  suggestion: 'يبدو أن البيانات لم تُسجَّل بشكل صحيح، هل يمكننا التحقق منها معًا؟',
};
