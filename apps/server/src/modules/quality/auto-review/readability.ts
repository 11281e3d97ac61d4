import { quoteAt, quoteSentence, wholeConversation, type Evidence, type Verdict } from './evidence';
import type { QualityPatterns } from './patterns/types';
import type { ReadMessage } from './review-input';
import type { RaterContext } from './signals';

/** A paragraph longer than this, unbroken, is a wall of text in a chat window. */
const WALL_CHARS = 600;
/** A sentence this long without a comma (or twice as long with one) cannot be followed in one read. */
const RUN_ON_CHARS = 180;
/** A sentence this long is too long whatever its commas. */
const LONG_SENTENCE_CHARS = 380;
/** A message this long with no punctuation at all is hard to read, whatever its words. */
const UNPUNCTUATED_CHARS = 90;
/** Slips per word above which the text reads as garbled rather than careless. */
const GARBLED_DENSITY = 0.12;

const PUNCTUATION = /[.,!?;:…]/u;
const SENTENCE = /[^.!?…\n]+[.!?…]*/gu;
const WORD = /\p{L}+/gu;
/** Vowels of the four languages' scripts: a word without any is shorthand, whichever language it is in. */
const VOWEL = /[aeiouyáéíóúüàèìòùâêîôûãõаеёиоуыэюя]/u;

/** Slips that need no dictionary: a missing space after a mark, a space before one (doubled words: see `words`). */
const MECHANICAL: readonly RegExp[] = [
  // "привет,как" — but not "3,5", "1.5", "example.com".
  /(?<=[a-zа-яё]{2})[,!?](?=[a-zа-яё]{2})/gu,
  / [,!?](?![.!?])/gu,
];
/** A sentence starting in lower case after a full stop: "готово. теперь…" (not after "a. m.", "Sr.", "z."). */
const LOWER_START = /(?<=\p{L}{5}[.!?]\s+)[a-zа-яёáéíóúñ]/gu;
const LOWER_FIRST = /^\s*[a-zа-яёáéíóúñ]/u;

/**
 * spelling_readability, 0–4, over the agent's messages. Slips are counted: the language's frequent
 * misspellings and chat spellings, shorthand without vowels ("pls", "yg", "зак"), mechanical slips, and
 * sentences starting in lower case. Garbled text (a run-on or unpunctuated message full of slips, or slips
 * in one word of eight) → 0; a wall of text, a run-on sentence or five slips and more → 1; three or four
 * → 2; one or two → 3; none → 4.
 */
export function rateReadability({ conversation, patterns }: RaterContext): Verdict {
  const { agent } = conversation;
  if (agent.length === 0) return { level: 4, evidence: [wholeConversation('spelling_readability.clean')] };

  const slips: Evidence[] = [];
  const taken: Array<[number, number, number]> = [];
  const add = (message: ReadMessage, start: number, end: number) => {
    if (taken.some(([index, from, to]) => index === message.index && start < to && from < end)) return;
    taken.push([message.index, start, end]);
    slips.push(quoteAt(message, start, end, 'spelling_readability.slip'));
  };
  let words = 0;
  let hard: Evidence | null = null;
  let wall: Evidence | null = null;
  for (const message of agent) {
    hard ??= hardToFollow(message);
    wall ??= wallOfText(message);
    for (const match of message.lower.matchAll(patterns.misspellings))
      add(message, match.index, match.index + match[0].length);
    words += wordSlips(message, patterns, add);
    for (const mechanical of MECHANICAL) {
      for (const match of message.lower.matchAll(mechanical)) add(message, match.index, match.index + match[0].length);
    }
    if (patterns.caseSlips) {
      for (const match of message.text.matchAll(patterns.caseSlips)) add(message, match.index, match.index + 1);
    }
    for (const match of message.text.matchAll(LOWER_START))
      add(message, match.index, wordEnd(message.text, match.index));
    const first = LOWER_FIRST.exec(message.text);
    if (first) {
      const at = first.index + first[0].length - 1;
      add(message, at, wordEnd(message.text, at));
    }
  }

  const garbled =
    (hard !== null && slips.length >= 3) || (slips.length >= 4 && slips.length / Math.max(words, 1) >= GARBLED_DENSITY);
  if (garbled) return { level: 0, evidence: [hard ?? retitled(slips[0] as Evidence), ...slips] };
  const layout = hard ?? wall;
  if (layout) return { level: 1, evidence: [layout, ...slips] };
  const level = slips.length === 0 ? 4 : slips.length <= 2 ? 3 : slips.length <= 4 ? 2 : 1;
  if (level === 4) {
    return { level, evidence: [quoteSentence(agent[0] as ReadMessage, 0, 1, 'spelling_readability.clean')] };
  }
  return { level, evidence: slips };
}

const retitled = (evidence: Evidence): Evidence => ({ ...evidence, rule: 'spelling_readability.unreadable' });

/** A message without punctuation, or a long sentence with at most one comma: the reader has to untangle it. */
function hardToFollow(message: ReadMessage): Evidence | null {
  const flat = message.text.replace(/\s+/gu, ' ').trim();
  if (flat.length >= UNPUNCTUATED_CHARS && !PUNCTUATION.test(flat)) {
    return quoteSentence(message, 0, 1, 'spelling_readability.unreadable');
  }
  for (const sentence of message.text.matchAll(SENTENCE)) {
    const text = sentence[0];
    const commas = text.match(/,/gu)?.length ?? 0;
    const runOn = commas === 0 ? text.length >= RUN_ON_CHARS : commas === 1 && text.length >= RUN_ON_CHARS * 1.5;
    if (text.length >= LONG_SENTENCE_CHARS || runOn) {
      return quoteSentence(message, sentence.index, sentence.index + 1, 'spelling_readability.wall_of_text');
    }
  }
  return null;
}

function wallOfText(message: ReadMessage): Evidence | null {
  let offset = 0;
  for (const paragraph of message.text.split('\n')) {
    if (paragraph.length >= WALL_CHARS) {
      return quoteSentence(message, offset, offset + 1, 'spelling_readability.wall_of_text');
    }
    offset += paragraph.length + 1;
  }
  return null;
}

/**
 * One pass over the words: shorthand (a lower-case word without a vowel of the language, "pls", "yg",
 * "мск", not a unit or a format) and a word written twice ("the the"). Returns the number of words.
 */
function wordSlips(
  message: ReadMessage,
  patterns: QualityPatterns,
  add: (message: ReadMessage, start: number, end: number) => void,
): number {
  const { text, lower } = message;
  let count = 0;
  let previous: { word: string; end: number } | null = null;
  for (const match of lower.matchAll(WORD)) {
    count++;
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    if (previous && word.length > 1 && word === previous.word && /^\s+$/u.test(lower.slice(previous.end, start))) {
      add(message, start, end);
    }
    previous = { word, end };
    if (word.length > 5 || text.slice(start, end) !== word || patterns.vowelless.has(word) || VOWEL.test(word))
      continue;
    // Inside an address, a code, a number with its unit, a contraction or an abbreviation ("5x", "I'd", "п. 4").
    if (/[\d./@_'’-]/u.test(text.charAt(start - 1)) || /[\d./@_'’]/u.test(text.charAt(end))) continue;
    add(message, start, end);
  }
  return count;
}

function wordEnd(text: string, from: number): number {
  const match = /^\p{L}+/u.exec(text.slice(from));
  return from + (match?.[0].length ?? 1);
}
