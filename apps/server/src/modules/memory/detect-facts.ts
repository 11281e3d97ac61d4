import type { FactCategory, FactSuggestion } from '@sincere/contracts';
import { enFactRules } from './fact-patterns/en';
import { esFactRules } from './fact-patterns/es';
import { idFactRules } from './fact-patterns/id';
import { ptFactRules } from './fact-patterns/pt';
import { ruFactRules } from './fact-patterns/ru';

export type FactLanguage = FactSuggestion['language'];

/** One way customers state a personal fact, in one language. */
export interface FactRule {
  category: FactCategory;
  /** Tried on one sentence at a time; built with the `u` and `i` flags (never `g`: it is reused). */
  pattern: RegExp;
  /** The sentence is not this kind of fact when any of these match it (technical and shop talk). */
  unless?: readonly RegExp[];
}

export interface DetectFactsOptions {
  /**
   * The conversation's language (`pt-BR`, `ru`, `in`…). It chooses among the languages of a sentence's
   * script (Cyrillic is always Russian); missing: guessed per message. A language without rules: no
   * suggestions.
   */
  language?: string | null;
}

/** A rule with cheap first passes: its pattern and guards without the word-start assertion. */
interface PreparedRule extends FactRule {
  quick: RegExp;
  quickUnless: ReadonlyArray<{ quick: RegExp; guard: RegExp }>;
}

/**
 * The pattern files mark word starts with this lookbehind. Leading every alternative, it keeps V8 from
 * scanning ahead for the first letters, which makes a pattern 5-10× slower. Without it a pattern
 * matches at least as much (it is never inside a negative lookaround), so a miss of the quick form
 * is a miss of the rule.
 */
export const WORD_START = String.raw`(?<![a-z\u00C0-\u024F\u0400-\u04FF\d])`;

export function withoutWordStarts(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replaceAll(WORD_START, ''), pattern.flags);
}

function prepare(rules: readonly FactRule[]): PreparedRule[] {
  return rules.map((rule) => ({
    ...rule,
    quick: withoutWordStarts(rule.pattern),
    quickUnless: (rule.unless ?? []).map((guard) => ({ quick: withoutWordStarts(guard), guard })),
  }));
}

const RULES: Record<FactLanguage, readonly PreparedRule[]> = {
  ru: prepare(ruFactRules),
  en: prepare(enFactRules),
  es: prepare(esFactRules),
  id: prepare(idFactRules),
  pt: prepare(ptFactRules),
};

/** Facts are told early; a pasted log or a long thread is not worth the time on every inbound message. */
const SCANNED_CHARS = 4000;
const MAX_TEXT = 300;
/** A clause shorter than this ("Kura-kura saya") says too little alone: the next one is added. */
const SHORT_CLAUSE = 24;

const CYRILLIC = /\p{Script=Cyrillic}/u;
const QUOTED_LINE = /^[ \t]*>.*$/gm;
const SENTENCE_END = /[.!?…]+(?=\s|$)|\n/g;
const CLAUSE_BREAK = /[;:()—–]|,(?!\d)|\s-\s/g;
const LEADING_JOIN = /^(?:а|и|но|ведь|but|and|so|pero|y|e|mas|tapi|dan|jadi|terus|eh)\s+/iu;

type LatinLanguage = Exclude<FactLanguage, 'ru'>;
const LATIN: readonly LatinLanguage[] = ['en', 'es', 'pt', 'id'];
const RUSSIAN: readonly FactLanguage[] = ['ru'];
/** Frequent short words of each Latin-script language (shared ones on purpose: then both are tried). */
const MARKERS: Record<LatinLanguage, ReadonlySet<string>> = {
  en: new Set(
    'the a an and is are be my i you to it of in on for with this that was have has can our we me so but just not'.split(
      ' ',
    ),
  ),
  es: new Set(
    'el la los las lo de del al en que y es mi mis por para con una un pero está esta este muy hoy tengo yo se ya no'.split(
      ' ',
    ),
  ),
  pt: new Set(
    'o os a as de do da dos das no na em ao que e é meu minha não pra pro com um uma por mas já tá você vocês tô hoje tenho eu'.split(
      ' ',
    ),
  ),
  id: new Set(
    'saya aku gue yang dan di ke dari ini itu ada tidak nggak gak ya kak sudah udah belum bisa mau lagi aja kok banget buat untuk sama'.split(
      ' ',
    ),
  ),
};

/**
 * Finds personal facts (family, pets, hobbies…) a customer mentions, for an agent to confirm.
 * At most one suggestion per category per sentence; pure and synchronous, it runs on every
 * inbound message.
 */
export function detectFacts(text: string, options: DetectFactsOptions = {}): FactSuggestion[] {
  const chosen = chosenLanguage(options.language);
  if (chosen === 'unsupported') return [];
  // Blanked, not removed, so that offsets still point into the original text.
  const scanned = text.slice(0, SCANNED_CHARS).replace(QUOTED_LINE, (line) => ' '.repeat(line.length));
  const latin = chosen && chosen !== 'ru' ? [chosen] : likelyLatinLanguages(scanned);
  const suggestions: FactSuggestion[] = [];
  for (const [start, end] of sentenceBounds(scanned)) {
    const sentence = scanned.slice(start, end);
    // Several rules (or languages) may see the same fact: the first one per category speaks for it.
    const found = new Set<FactCategory>();
    for (const language of CYRILLIC.test(sentence) ? RUSSIAN : latin) {
      for (const rule of RULES[language]) {
        if (found.has(rule.category)) continue;
        const match = rule.quick.test(sentence) ? rule.pattern.exec(sentence) : null;
        if (!match || guarded(rule, sentence)) continue;
        found.add(rule.category);
        const [from, to] = clauseAround(sentence, match.index, match.index + match[0].length);
        suggestions.push({
          category: rule.category,
          text: scanned.slice(start + from, start + to),
          start: start + from,
          end: start + to,
          language,
        });
      }
    }
  }
  return suggestions;
}

function guarded(rule: PreparedRule, sentence: string): boolean {
  return rule.quickUnless.some(({ quick, guard }) => quick.test(sentence) && guard.test(sentence));
}

/** A supported language, null when not given, 'unsupported' for a language Sincere has no rules for. */
function chosenLanguage(language: string | null | undefined): FactLanguage | null | 'unsupported' {
  if (!language) return null;
  const primary = language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  // Old and neighbouring codes for Indonesian: telling it from Malay is not this detector's job.
  if (primary === 'in' || primary === 'ms') return 'id';
  if (primary === 'ru' || primary === 'en' || primary === 'es' || primary === 'id' || primary === 'pt') return primary;
  return 'unsupported';
}

/**
 * The Latin-script languages whose common words the text uses about as often as the likeliest one's
 * (at least half as often), likeliest first; all of them when it uses none. A stray "a" or "de" does
 * not bring in a language, and most messages are read by one or two rule sets instead of four.
 */
function likelyLatinLanguages(text: string): LatinLanguage[] {
  const scores = new Map<LatinLanguage, number>(LATIN.map((language) => [language, 0]));
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const language of LATIN) {
      if (MARKERS[language].has(word)) scores.set(language, (scores.get(language) ?? 0) + 1);
    }
  }
  const top = Math.max(...scores.values());
  if (top === 0) return [...LATIN];
  return LATIN.filter((language) => (scores.get(language) ?? 0) * 2 >= top).sort(
    (a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0),
  );
}

function sentenceBounds(text: string): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  for (const end of text.matchAll(SENTENCE_END)) {
    const stop = end.index + end[0].length;
    if (text.slice(start, stop).trim()) bounds.push([start, stop]);
    start = stop;
  }
  if (text.slice(start).trim()) bounds.push([start, text.length]);
  return bounds;
}

/** The clause (between commas, dashes, semicolons) holding the match, trimmed: what the agent reads. */
function clauseAround(sentence: string, matchStart: number, matchEnd: number): [number, number] {
  let from = 0;
  let to = sentence.length;
  for (const brk of sentence.matchAll(CLAUSE_BREAK)) {
    if (brk.index + brk[0].length <= matchStart) from = brk.index + brk[0].length;
    else if (brk.index >= matchEnd && brk.index - from >= SHORT_CLAUSE) {
      to = brk.index;
      break;
    }
  }
  [from, to] = trimmed(sentence, from, to);
  from += Math.min(LEADING_JOIN.exec(sentence.slice(from, to))?.[0].length ?? 0, matchStart - from);
  if (to - from <= MAX_TEXT) return [from, to];
  // A run-on sentence: a window around the match, cut at spaces.
  let windowStart = Math.max(from, matchStart - 100);
  const firstSpace = sentence.indexOf(' ', windowStart);
  if (windowStart > from && firstSpace !== -1 && firstSpace < matchStart) windowStart = firstSpace + 1;
  let windowEnd = Math.min(to, windowStart + MAX_TEXT);
  const lastSpace = sentence.lastIndexOf(' ', windowEnd);
  if (windowEnd < to && lastSpace > matchEnd) windowEnd = lastSpace;
  return trimmed(sentence, windowStart, windowEnd);
}

function trimmed(text: string, from: number, to: number): [number, number] {
  while (from < to && /\s/u.test(text.charAt(from))) from += 1;
  while (to > from && /\s/u.test(text.charAt(to - 1))) to -= 1;
  return [from, to];
}
