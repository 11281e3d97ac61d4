import type { CultureWarning, LocaleProfile } from '@sincere/contracts';
import { warningAt, wordsPattern, type Draft } from './draft';

/** At most this many warnings: past it the agent has got the point, and the rest is noise. */
const MAX_WARNINGS = 10;

/**
 * Uses of an informal form that do not address the reader, by language and form: what follows the word
 * (`after`, tried on the rest of its line) or what comes before it (`before`, on the line up to it).
 */
const FALSE_FRIENDS: Readonly<Record<string, Readonly<Record<string, { before?: RegExp; after?: RegExp }>>>> = {
  // "besok lo, Kak": the particle (lho), which ends a clause; "lo mau…" is the pronoun.
  id: { lo: { after: /^\s*(?:[,.!?…)]|$|(?:ya|kak|kok|deh|sih)(?![a-z]))/iu } },
  // "awak kapal" (the crew of a ship or plane), "awak media" (the press).
  ms: { awak: { after: /^\s+(?:kapal|media|pesawat|kabin|bas|kru)(?![a-z])/iu } },
  // "le ton de notre message" (the tone).
  fr: { ton: { before: /(?:^|[^a-zà-ÿ])(?:le|un|ce|du|au|même|bon|mauvais)\s+$/iu } },
};

/** Languages that capitalise their nouns: a capital after a form says nothing about a proper name there. */
const CAPITALISED_NOUNS = new Set(['de']);

const compiled = new WeakMap<LocaleProfile['you'], RegExp | null>();

function formsOf(profile: LocaleProfile): RegExp | null {
  let pattern = compiled.get(profile.you);
  if (pattern === undefined) {
    pattern = wordsPattern(profile.you.informalForms);
    compiled.set(profile.you, pattern);
  }
  return pattern;
}

/**
 * The profile's informal forms of "you" (ты, kamu, tú, du…) where the customer is addressed formally: each
 * whole word outside quoted lines and quotations (the customer's own words quoted back), with the formal
 * form as the suggestion. A form with a capital inside a sentence, followed by another capitalised word, is
 * a name ("ТЦ Твой Дом") and is skipped.
 */
export function informalYou(draft: Draft, profile: LocaleProfile, formality: 'formal' | 'informal'): CultureWarning[] {
  if (formality !== 'formal') return [];
  const pattern = formsOf(profile);
  if (!pattern) return [];
  const language = profile.locale.split('-')[0] ?? profile.locale;
  const friends = FALSE_FRIENDS[language];
  const { scanned } = draft;
  const warnings: CultureWarning[] = [];
  pattern.lastIndex = 0;
  for (const match of scanned.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    const friend = friends?.[match[0].toLowerCase()];
    if (friend && isFalseFriend(scanned, start, end, friend)) continue;
    if (!CAPITALISED_NOUNS.has(language) && looksLikeAName(scanned, start, end)) continue;
    warnings.push(warningAt(draft, 'informal_you', start, end, profile.you.formal));
    if (warnings.length === MAX_WARNINGS) break;
  }
  return warnings;
}

function isFalseFriend(text: string, start: number, end: number, friend: { before?: RegExp; after?: RegExp }): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  if (friend.before?.test(text.slice(lineStart, start))) return true;
  return friend.after?.test(text.slice(end, lineEnd === -1 ? text.length : lineEnd)) ?? false;
}

const UPPER = /\p{Lu}/u;
/** What may come right before the first word of a sentence (after white space). */
const SENTENCE_OPENERS = new Set(['.', '!', '?', '…', ':', ';', '\n', '"', '«', '“', '—', '–', '-', '¡', '¿', '(']);

function looksLikeAName(text: string, start: number, end: number): boolean {
  if (!UPPER.test(text.charAt(start))) return false;
  let before = start - 1;
  while (before >= 0 && /[ \t]/u.test(text.charAt(before))) before -= 1;
  if (before < 0 || SENTENCE_OPENERS.has(text.charAt(before))) return false;
  const next = /^[ \t]+(\S)/u.exec(text.slice(end, end + 8));
  return next?.[1] !== undefined && UPPER.test(next[1]);
}
