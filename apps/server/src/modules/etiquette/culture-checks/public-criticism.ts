import type { CultureWarning, LocaleProfile } from '@sincere/contracts';
import { arCriticism } from './criticism/ar';
import { deCriticism } from './criticism/de';
import { enCriticism } from './criticism/en';
import { esCriticism } from './criticism/es';
import { frCriticism } from './criticism/fr';
import { idCriticism, msCriticism } from './criticism/id';
import { ptCriticism } from './criticism/pt';
import type { CriticismLanguage } from './criticism/rule';
import { ruCriticism } from './criticism/ru';
import { trCriticism } from './criticism/tr';
import { warningAt, type Draft } from './draft';

const LANGUAGES: Readonly<Record<string, CriticismLanguage>> = {
  en: enCriticism,
  ru: ruCriticism,
  es: esCriticism,
  pt: ptCriticism,
  id: idCriticism,
  ms: msCriticism,
  ar: arCriticism,
  tr: trCriticism,
  de: deCriticism,
  fr: frCriticism,
};

const CYRILLIC = /[\u0400-\u04FF]/u;
const ARABIC = /[\u0600-\u06FF]/u;
const QUESTION_END = /[?؟][\s"'»”)]*$/u;

/**
 * Sentences that criticise, correct or blame the customer ("you entered the wrong address", "Anda salah
 * memasukkan…", "لقد أخطأت"), where the customer's culture guards face: in a reply others can read when the
 * profile is careful or strict, and one-to-one as well when it is strict (Arab customers). A conditional, a
 * hedge ("it looks like…", the face-saving way) or "not your fault" spares a sentence. One warning per
 * sentence, with a face-saving rewording in the language of the sentence.
 *
 * Each sentence is read in the profile's language and in English (the language of many replies to customers
 * writing in a second language); Cyrillic is read as Russian and Arabic script as Arabic, whatever the profile.
 */
export function publicCriticism(draft: Draft, profile: LocaleProfile, isPublic: boolean): CultureWarning[] {
  if (profile.faceSaving === 'normal' || (profile.faceSaving === 'careful' && !isPublic)) return [];
  const own = LANGUAGES[profile.locale.split('-')[0] ?? ''];
  const latin = own && ![enCriticism, ruCriticism, arCriticism].includes(own) ? [own, enCriticism] : [enCriticism];
  const warnings: CultureWarning[] = [];
  for (const [start, end] of draft.sentences()) {
    const sentence = draft.scanned.slice(start, end);
    const languages = CYRILLIC.test(sentence) ? [ruCriticism] : ARABIC.test(sentence) ? [arCriticism] : latin;
    for (const language of languages) {
      const match = criticismIn(sentence, language);
      if (!match) continue;
      warnings.push(
        warningAt(draft, 'public_criticism', start, end, language.suggestion, [start + match[0], start + match[1]]),
      );
      break;
    }
  }
  return warnings;
}

function criticismIn(sentence: string, language: CriticismLanguage): [number, number] | null {
  let guarded: boolean | undefined;
  for (const rule of language.rules) {
    const match = rule.pattern.exec(sentence);
    if (!match) continue;
    if (rule.notInQuestion && QUESTION_END.test(sentence)) continue;
    if (rule.unless?.some((guard) => guard.test(sentence))) continue;
    guarded ??= language.guards.some((guard) => guard.test(sentence));
    if (guarded && !rule.unguarded) continue;
    return [match.index, match.index + match[0].length];
  }
  return null;
}
