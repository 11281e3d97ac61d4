import type { CoachingCheck, CoachingWarning } from '@sincere/contracts';
import { enCoachingRules } from './coaching-patterns/en';
import { esCoachingRules } from './coaching-patterns/es';
import { idCoachingRules } from './coaching-patterns/id';
import { B, E } from './coaching-patterns/regex';
import { ruCoachingRules } from './coaching-patterns/ru';
import {
  blankQuotedLines,
  languageOfLocale,
  likelyLanguages,
  sentenceBounds,
  trimmedSpan,
  windowAround,
} from '../language/reading';

/** The languages the checks have patterns for (Portuguese replies get no warnings yet). */
export type CoachingLanguage = 'ru' | 'en' | 'es' | 'id';

/** One way a habit shows in one language. */
export interface CoachingRule {
  check: CoachingCheck;
  /** Tried on one sentence at a time; built with the `i` and `u` flags (never `g`: it is reused). */
  pattern: RegExp;
  /** true: only a question counts (a paraphrase is a check question); false: a question never counts. */
  question?: boolean;
  /** The sentence does not count when any of these match it ("if you entered…", "not your fault"). */
  unless?: readonly RegExp[];
  /** The rule holds only when the reply also says one of these ("anything else?" needs a refusal). */
  needsInReply?: readonly RegExp[];
  /** The reply is fine when it says any of these anywhere: a next step, an owner, a fallback. */
  unlessReply?: readonly RegExp[];
}

export interface CheckReplyOptions {
  /**
   * The conversation's language (`es-MX`, `ru`, `in`…). It chooses among the languages of a sentence's
   * script (Cyrillic is always Russian); missing: guessed from the reply. A language without patterns:
   * no warnings.
   */
  language?: string | null;
}

/** A rule compiled for lower-cased text, with a cheap first pass: its pattern without word bounds. */
interface PreparedRule extends CoachingRule {
  quick: RegExp;
}

/**
 * Word starts and ends are lookarounds that keep V8 from scanning ahead for a pattern's first letters,
 * which makes a pattern several times slower. Without them a pattern matches at least as much (the
 * pattern files never put them inside a negative lookaround), so a miss of the quick form is a miss.
 */
export function withoutWordBounds(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replaceAll(B, '').replaceAll(E, ''), pattern.flags);
}

/**
 * The reply is lower-cased once and the patterns run without the `i` flag: Unicode case folding costs
 * time on every comparison, and more on Cyrillic. The pattern files write only lower-case letters.
 */
const caseSensitive = (pattern: RegExp): RegExp => new RegExp(pattern.source, pattern.flags.replace('i', ''));
const allCaseSensitive = (patterns: readonly RegExp[] | undefined) => patterns?.map(caseSensitive);

function prepare(rules: readonly CoachingRule[]): PreparedRule[] {
  return rules.map((rule) => {
    const prepared: PreparedRule = {
      check: rule.check,
      pattern: caseSensitive(rule.pattern),
      quick: caseSensitive(withoutWordBounds(rule.pattern)),
    };
    if (rule.question !== undefined) prepared.question = rule.question;
    const unless = allCaseSensitive(rule.unless);
    if (unless) prepared.unless = unless;
    const needsInReply = allCaseSensitive(rule.needsInReply);
    if (needsInReply) prepared.needsInReply = needsInReply;
    const unlessReply = allCaseSensitive(rule.unlessReply);
    if (unlessReply) prepared.unlessReply = unlessReply;
    return prepared;
  });
}

const RULES: Record<CoachingLanguage, readonly PreparedRule[]> = {
  ru: prepare(ruCoachingRules),
  en: prepare(enCoachingRules),
  es: prepare(esCoachingRules),
  id: prepare(idCoachingRules),
};

/** A draft longer than this is mostly pasted text (logs, a quoted thread): the habits show early. */
const SCANNED_CHARS = 4000;
const MAX_TEXT = 300;

const CYRILLIC = /[\u0400-\u04FF]/u;
const SENTENCE_END = /[.!?…]+(?=[\s"'»”)]|$)|\n/g;
const QUESTION_END = /\?[\s"'»”)]*$/u;

type LatinLanguage = Exclude<CoachingLanguage, 'ru'>;
const LANGUAGES: readonly CoachingLanguage[] = ['ru', 'en', 'es', 'id'];
const LATIN: readonly LatinLanguage[] = ['en', 'es', 'id'];
const RUSSIAN: readonly CoachingLanguage[] = ['ru'];
/** Frequent short words of an agent's reply in each Latin-script language. */
const MARKERS: Record<LatinLanguage, ReadonlySet<string>> = {
  en: new Set(
    'the a an and is are be you your i we our it to of in on for with this that was have has can please will not me my'.split(
      ' ',
    ),
  ),
  es: new Set(
    'el la los las lo le de del al en que y es su sus por para con una un pero está usted ya no se me mi muy más'.split(
      ' ',
    ),
  ),
  id: new Set(
    'kak kakak anda saya kami yang dan di ke dari ini itu ada tidak bisa sudah belum ya mohon untuk dengan silakan akan lagi'.split(
      ' ',
    ),
  ),
};

/**
 * Reads a draft reply for habits that cost customers' trust: a brush-off, a robotic paraphrase, a
 * defensive tone, blaming the customer, or "restart it" with no ownership. At most one warning per
 * check, each with the words that raised it. Pure and synchronous: it runs as the agent types.
 */
export function checkReply(text: string, options: CheckReplyOptions = {}): CoachingWarning[] {
  const chosen = languageOfLocale(options.language, LANGUAGES);
  if (chosen === 'unsupported') return [];
  const scanned = blankQuotedLines(text.slice(0, SCANNED_CHARS));
  const lower = lowerCased(scanned);
  const latin = chosen && chosen !== 'ru' ? [chosen] : likelyLanguages(lower, LATIN, MARKERS);
  const warnings: CoachingWarning[] = [];
  const found = new Set<CoachingCheck>();
  for (const [start, end] of sentenceBounds(lower, SENTENCE_END)) {
    const sentence = lower.slice(start, end);
    for (const language of CYRILLIC.test(sentence) ? RUSSIAN : latin) {
      for (const rule of RULES[language]) {
        if (found.has(rule.check)) continue;
        const match = rule.quick.test(sentence) ? rule.pattern.exec(sentence) : null;
        if (!match || !holds(rule, sentence, lower)) continue;
        found.add(rule.check);
        const [from, to] = spanAround(sentence, match.index, match.index + match[0].length);
        warnings.push({
          check: rule.check,
          text: scanned.slice(start + from, start + to),
          start: start + from,
          end: start + to,
          language,
        });
      }
    }
  }
  return warnings;
}

/** Lower case of the same length, so that offsets still hold ("İ" alone grows: it stays as it is). */
function lowerCased(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let kept = '';
  for (const char of text) {
    const lowered = char.toLowerCase();
    kept += lowered.length === char.length ? lowered : char;
  }
  return kept;
}

function holds(rule: CoachingRule, sentence: string, reply: string): boolean {
  if (rule.question !== undefined && rule.question !== QUESTION_END.test(sentence)) return false;
  if (rule.unless?.some((guard) => guard.test(sentence))) return false;
  if (rule.needsInReply && !rule.needsInReply.some((needed) => needed.test(reply))) return false;
  return !rule.unlessReply?.some((guard) => guard.test(reply));
}

/** The sentence that raised the warning, trimmed; a window of it around the match when it runs on. */
function spanAround(sentence: string, matchStart: number, matchEnd: number): [number, number] {
  return windowAround(sentence, trimmedSpan(sentence, 0, sentence.length), [matchStart, matchEnd], MAX_TEXT);
}
