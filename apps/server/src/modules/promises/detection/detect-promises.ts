import { REPLY_LANGUAGES, type PromiseSuggestion, type ReplyLanguage } from '@sincere/contracts';
import { blankQuotedLines, languageOfLocale, likelyLanguages, sentenceBounds } from '../../language/reading';
import { resolveDue } from './due-time';
import { enPromiseRules } from './promise-patterns/en';
import { esPromiseRules } from './promise-patterns/es';
import { idPromiseRules } from './promise-patterns/id';
import { ptPromiseRules } from './promise-patterns/pt';
import { ruPromiseRules } from './promise-patterns/ru';
import { combinePieces, findPieces, monthDates, type FoundPiece, type TimeRule } from './time-pieces';

/** How one language commits to something, and how it names times. */
export interface PromiseRules {
  /** A commitment by itself: future tense, "I'll", "перезвоню", "vou ligar". Built with `i` and `u`, never `g`. */
  commitments: readonly RegExp[];
  /**
   * A commitment only when the sentence names a time: the present used for the near future ("te llamo
   * mañana", "kami kabari besok", "the refund arrives within 3 days").
   */
  timedCommitments: readonly RegExp[];
  /** The sentence is no promise when any of these match it: reported speech, offers, policy, the past. */
  unless: readonly RegExp[];
  /** Tested on the words just before a commitment: "не", "won't", "no", "tidak". Anchored at the end. */
  negation: RegExp;
  times: readonly TimeRule[];
}

export interface DetectPromisesOptions {
  sentAt: Date;
  /** The customer's IANA zone: due times are their clock's. */
  timeZone: string;
  /** The customer's country (ISO 3166 alpha-2), for public holidays. */
  country?: string | null;
  /** The conversation's language (`pt-BR`, `in`…); missing: guessed from the text. */
  language?: string | null;
  /** The account's own days off, ISO dates. */
  holidays?: readonly string[];
}

const RULES: Record<ReplyLanguage, PromiseRules> = {
  ru: ruPromiseRules,
  en: enPromiseRules,
  es: esPromiseRules,
  id: idPromiseRules,
  pt: ptPromiseRules,
};

/** Promises are made in the reply itself; a pasted thread below it is not worth the time. */
const SCANNED_CHARS = 3000;
const MAX_WHAT = 300;
/** How far before a commitment a negation still reaches ("we will not", "не сможем"). */
const NEGATION_REACH = 16;

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Words in quotation marks are someone's words, not this reply's commitment. */
const QUOTED_WORDS = /«[^»\n]*»|“[^”\n]*”|"[^"\n]*"/g;
const SENTENCE_END = /(?<![ap]\.m)[.!?…]+(?=\s|$)|\n/giu;
const CLAUSE_BREAK = /[;:—–]|,(?!\d)/g;
const QUESTION = /\?\s*$/u;
/** A statement closed by a tag ("…tonight, ok?") still commits; a real question does not. */
const TAG_QUESTION =
  /[,—–-]\s*(?:¿\s*)?(?:ok|okay|alright|all\s+right|right|combinado|certo|tá|ta|tá\s+bom|beleza|хорошо|ладно|ок|окей|договорились|vale|de\s+acuerdo|sí|ya|oke|oke\s+kak|ya\s+kak|ok\s+kak)\s*\?\s*$/iu;

type LatinLanguage = Exclude<ReplyLanguage, 'ru'>;
const LATIN: readonly LatinLanguage[] = ['en', 'es', 'pt', 'id'];
/** Short words frequent in each language's replies; shared words count for both. */
const MARKERS: Record<LatinLanguage, ReadonlySet<string>> = {
  en: new Set(
    'the a an and is are be i you your to it of in on for with this that we will can our us me please thanks hi hello today tomorrow by at'.split(
      ' ',
    ),
  ),
  es: new Set(
    'el la los las lo le les de del al en que y es su usted por para con una un pero está hoy mañana hola gracias buenas se ya muy su sus'.split(
      ' ',
    ),
  ),
  pt: new Set(
    'o os a as de do da dos das no na em ao que e é seu sua não você com um uma por mas já hoje amanhã olá obrigado obrigada pra vou vai até'.split(
      ' ',
    ),
  ),
  id: new Set(
    'saya kami yang dan di ke dari ini itu ada tidak ya kak sudah belum bisa akan untuk dengan besok hari terima kasih mohon bapak ibu kakak'.split(
      ' ',
    ),
  ),
};

/**
 * Finds the commitments an agent makes in a reply and when each falls due, for the agent to confirm.
 * Pure and synchronous: it runs as the agent sends. At most one suggestion per sentence; when some
 * commitments name a time, only those are offered (the untimed ones are usually the same promise said
 * loosely: "I'll look into it and call you tomorrow at 10").
 */
export function detectPromises(text: string, options: DetectPromisesOptions): PromiseSuggestion[] {
  const chosen = languageOfLocale(options.language, REPLY_LANGUAGES);
  if (chosen === 'unsupported') return [];
  // Quoted words (a customer's, an old promise) are blanked too: they are not a commitment made now.
  const scanned = blankQuotedLines(text.slice(0, SCANNED_CHARS)).replace(QUOTED_WORDS, (quoted) =>
    ' '.repeat(quoted.length),
  );
  const latin = chosen && chosen !== 'ru' ? [chosen] : likelyLanguages(scanned, LATIN, MARKERS);
  const timed: PromiseSuggestion[] = [];
  const untimed: PromiseSuggestion[] = [];
  for (const [start, end] of sentenceBounds(scanned, SENTENCE_END)) {
    const sentence = scanned.slice(start, end);
    if (QUESTION.test(sentence) && !TAG_QUESTION.test(sentence)) continue;
    const languages: readonly ReplyLanguage[] = chosen === 'ru' || CYRILLIC.test(sentence) ? ['ru'] : latin;
    for (const language of languages) {
      const suggestion = readSentence(sentence, start, language, options);
      if (suggestion === null) continue;
      // A language that saw a commitment and ruled it out (an offer, reported words) speaks for the sentence.
      if (suggestion === 'ruled out') break;
      (suggestion.timeText === null ? untimed : timed).push(suggestion);
      break;
    }
  }
  return timed.length > 0 ? timed : untimed.slice(0, 1);
}

function readSentence(
  sentence: string,
  offset: number,
  language: ReplyLanguage,
  options: DetectPromisesOptions,
): PromiseSuggestion | 'ruled out' | null {
  const rules = RULES[language];
  const commitment = firstCommitment(sentence, rules.commitments, rules.negation);
  let pieces: FoundPiece[] | null = null;
  const piecesOf = () =>
    (pieces ??= [...findPieces(sentence, rules.times), ...monthDates(sentence, language, options.sentAt)]);
  let match = commitment;
  if (!match) {
    match = firstCommitment(sentence, rules.timedCommitments, rules.negation);
    if (!match || !piecesOf().some((found) => found.piece.kind !== 'vague')) return null;
  }
  if (rules.unless.some((guard) => guard.test(sentence))) return 'ruled out';
  const { expression, used } = combinePieces(piecesOf(), match.index);
  const dueAt = expression
    ? resolveDue(expression, {
        sentAt: options.sentAt,
        timeZone: options.timeZone,
        country: options.country ?? null,
        ...(options.holidays ? { holidays: options.holidays } : {}),
      })
    : null;
  const timeUsed = expression ? used : [];
  const timeStart = Math.min(...timeUsed.map((found) => found.start));
  const timeEnd = Math.max(...timeUsed.map((found) => found.end));
  const [from, to] = clauseAround(
    sentence,
    Math.min(match.index, timeStart),
    Math.max(match.index + match.length, timeEnd),
  );
  return {
    what: sentence.slice(from, to),
    start: offset + from,
    end: offset + to,
    dueAt,
    timeText: timeUsed.length > 0 ? sentence.slice(timeStart, timeEnd) : null,
    language,
  };
}

/** The first commitment in the sentence that is not negated right before it. */
function firstCommitment(
  sentence: string,
  patterns: readonly RegExp[],
  negation: RegExp,
): { index: number; length: number } | null {
  let best: { index: number; length: number } | null = null;
  for (const pattern of patterns) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const before = sentence.slice(Math.max(0, match.index - NEGATION_REACH), match.index);
    if (negation.test(before) || negation.test(match[0])) continue;
    // Patterns may start at the clause break before the verb ("…: terminamos"); the commitment starts at its word.
    const lead = /^[\s,:;]*/u.exec(match[0])?.[0].length ?? 0;
    if (!best || match.index + lead < best.index) best = { index: match.index + lead, length: match[0].length - lead };
  }
  return best;
}

/** The clauses holding the commitment and its time, trimmed of spaces and the closing stop. */
function clauseAround(sentence: string, from: number, to: number): [number, number] {
  let start = 0;
  let end = sentence.length;
  for (const brk of sentence.matchAll(CLAUSE_BREAK)) {
    if (brk.index + brk[0].length <= from) start = brk.index + brk[0].length;
    else if (brk.index >= to) {
      end = brk.index;
      break;
    }
  }
  while (start < end && /\s/u.test(sentence.charAt(start))) start += 1;
  while (end > start && /[\s.!…]/u.test(sentence.charAt(end - 1))) end -= 1;
  if (end - start > MAX_WHAT) {
    start = Math.max(start, Math.min(from, end - MAX_WHAT));
    end = Math.min(end, start + MAX_WHAT);
  }
  return [start, end];
}
