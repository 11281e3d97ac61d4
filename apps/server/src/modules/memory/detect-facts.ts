import type { FactCategory, FactSuggestion } from '@sincere/contracts';
import { enFactRules } from './fact-patterns/en';
import { esFactRules } from './fact-patterns/es';
import { idFactRules } from './fact-patterns/id';
import { ptFactRules } from './fact-patterns/pt';
import { ruFactRules } from './fact-patterns/ru';
import {
  blankQuotedLines,
  languageOfLocale,
  likelyLanguages,
  sentenceBounds,
  trimmedSpan,
  windowAround,
} from '../language/reading';

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
const SENTENCE_END = /[.!?…]+(?=\s|$)|\n/g;
const CLAUSE_BREAK = /[;:()—–]|,(?!\d)|\s-\s/g;
const LEADING_JOIN = /^(?:а|и|но|ведь|but|and|so|pero|y|e|mas|tapi|dan|jadi|terus|eh)\s+/iu;

type LatinLanguage = Exclude<FactLanguage, 'ru'>;
const LANGUAGES: readonly FactLanguage[] = ['ru', 'en', 'es', 'id', 'pt'];
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
  const chosen = languageOfLocale(options.language, LANGUAGES);
  if (chosen === 'unsupported') return [];
  const scanned = blankQuotedLines(text.slice(0, SCANNED_CHARS));
  const latin = chosen && chosen !== 'ru' ? [chosen] : likelyLanguages(scanned, LATIN, MARKERS);
  const suggestions: FactSuggestion[] = [];
  for (const [start, end] of sentenceBounds(scanned, SENTENCE_END)) {
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
  [from, to] = trimmedSpan(sentence, from, to);
  from += Math.min(LEADING_JOIN.exec(sentence.slice(from, to))?.[0].length ?? 0, matchStart - from);
  return windowAround(sentence, [from, to], [matchStart, matchEnd], MAX_TEXT);
}
