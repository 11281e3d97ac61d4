import type { CultureWarning } from '@sincere/contracts';
import { warningAt, type Draft } from './draft';

/** Over this many words a sentence is long for someone reading a second language. */
const MAX_WORDS = 25;
/** A sentence of at least this many words with this many clause breaks chains too much into one. */
const CHAIN_WORDS = 15;
const CHAIN_BREAKS = 3;

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
/** A comma, semicolon or Arabic comma between clauses; not a decimal comma ("1,5"). */
const BREAK = /[;؛،]|,(?!\d)/gu;

/**
 * Words that open a subordinate clause, lower case, in the profiles' main languages; "that", "que" and "if"
 * are left out, being everywhere for other reasons.
 */
const SUBORDINATORS = new Set(
  [
    'because although though which whereas unless whether',
    'потому поскольку который которая которое которые которого которой которую которым которых чтобы хотя',
    'porque aunque cual cuales cuyo cuya mientras embora qual quais cujo cuja enquanto',
    'karena kerana sehingga meskipun walaupun supaya agar bahwa bahawa',
    'çünkü weil obwohl sodass damit dass welche welcher welches parce puisque lorsque lequel laquelle lesquels dont',
    'لأن لان الذي التي الذين بينما رغم',
  ]
    .join(' ')
    .split(' '),
);

/**
 * For a customer reading a second language, each sentence over 25 words, or of 15 words or more that chains
 * three clauses or more (commas, semicolons, subordinating words): one warning per sentence. The comma after
 * the customer's name ("Hi Tom,") opens no clause, nor does one after a single word (a list: "red, blue, green").
 */
export function longSentences(draft: Draft, secondLanguage: boolean, nameWords: readonly string[]): CultureWarning[] {
  if (!secondLanguage) return [];
  const names = new Set(nameWords.map((word) => word.toLocaleLowerCase()));
  const warnings: CultureWarning[] = [];
  for (const [start, end] of draft.sentences()) {
    const sentence = draft.scanned.slice(start, end);
    const words = [...sentence.matchAll(WORD)];
    if (words.length < CHAIN_WORDS) continue;
    if (words.length > MAX_WORDS || clauseBreaks(sentence, words, names) >= CHAIN_BREAKS) {
      warnings.push(warningAt(draft, 'long_sentences', start, end, null));
    }
  }
  return warnings;
}

function clauseBreaks(sentence: string, words: RegExpExecArray[], names: ReadonlySet<string>): number {
  let breaks = 0;
  let previous = -1;
  for (const found of sentence.matchAll(BREAK)) {
    const before = words.filter((word) => word.index < found.index);
    const vocative = before.length <= 3 && before.some((word) => names.has(word[0].toLocaleLowerCase()));
    // One word since the last comma is an item of a list ("red, blue, green"), not a clause.
    const item = words.filter((word) => word.index > previous && word.index < found.index).length <= 1;
    if (!vocative && !item) breaks += 1;
    previous = found.index;
  }
  for (const word of words) {
    if (!SUBORDINATORS.has(word[0].toLocaleLowerCase())) continue;
    // "…, which" is one break, already counted at the comma.
    if (!/[,;،]\s*$/u.test(sentence.slice(0, word.index))) breaks += 1;
  }
  return breaks;
}
