import { lowerCode, type CompiledLexicon } from './compile-lexicon';
import type { CueKind } from './lexicons/lexicon';

/** A piece of evidence before the message is summed up: its span in the original text and its signed weight. */
export interface RawCue {
  start: number;
  end: number;
  weight: number;
  kind: CueKind | 'symbol' | 'emphasis';
  /** Praise opening a sentence and followed by a comma ("Perfect, broken again"): sarcasm if a problem follows. */
  opener?: boolean;
}

export interface LexiconReading {
  cues: RawCue[];
  /** Where the last "but" starts, or -1: cues before it count half. */
  contrastAt: number;
  /** Characters the lexicon's phrases covered, ignored ones included: how well the language fits the text. */
  covered: number;
}

const NEGATED_NEGATIVE = 0.75; // "not bad" is milder than "good"
/** Cues a negator before them turns around ("not good"), cancels ("no errors") or makes a problem ("not arrived"). */
const NEGATABLE: ReadonlySet<CueKind | RawCue['kind']> = new Set([
  'evaluative',
  'praise',
  'problem',
  'fact',
  'expected',
]);
const INTENSIFIED = 1.5;
const QUOTES_OPEN = new Set(['«', '"', '“', '„', "'", '‘']);
const QUOTES_CLOSE = new Set(['»', '"', '”', '“', "'", '’']);
const SENTENCE_END = new Set(['.', '!', '?', '\n', '…']);
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
const NOT_LETTER_FIRST = /^[^\p{L}\d]/u;
const CLAUSE_END = /[,.;!?\n]/u;
const COMMA_AFTER = /^\s*[,!.…—–-]/u;

/** Letters and digits as the word bounds of the patterns count them: Latin with accents, Cyrillic, 0–9. */
function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f) ||
    (code >= 0x400 && code <= 0x4ff)
  );
}

/** The text before `position`, at most ~48 characters, starting at a word: what negates or strengthens a cue. */
function before(text: string, position: number): string {
  let from = Math.max(0, position - 48);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space === -1 || space >= position ? position : space + 1;
  }
  return text.slice(from, position);
}

/** Where a negation before the cue starts, or -1; `head` is the text just before the cue. */
function negationStart(lexicon: CompiledLexicon, head: string, start: number): number {
  const found = lexicon.negatedBefore.exec(head);
  if (!found) return -1;
  // The match may include the one non-letter before the negator.
  const lead = NOT_LETTER_FIRST.test(found[0]) ? 1 : 0;
  return start - head.length + found.index + lead;
}

/** True when the sentence holding the cue ends with a question mark. */
function inQuestion(text: string, end: number): boolean {
  for (let index = end; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (SENTENCE_END.has(char)) return char === '?';
  }
  return false;
}

/** True when only spaces or punctuation stand between the sentence start and `start`, and a comma or "!" follows. */
function opensSentence(text: string, start: number, end: number): boolean {
  for (let index = start - 1; index >= 0; index -= 1) {
    const char = text.charAt(index);
    if (SENTENCE_END.has(char)) break;
    if (LETTER_OR_DIGIT.test(char)) return false;
  }
  return COMMA_AFTER.test(text.slice(end, end + 3));
}

/** Spans [from, to) of clauses that open with "if": hypothetical, they say nothing of the mood now. */
function conditionalSpans(lexicon: CompiledLexicon, text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  lexicon.conditional.lastIndex = 0;
  for (let found = lexicon.conditional.exec(text); found; found = lexicon.conditional.exec(text)) {
    let to = found.index + found[0].length;
    while (to < text.length && !CLAUSE_END.test(text.charAt(to))) to += 1;
    spans.push([found.index, to]);
  }
  return spans;
}

function readWeakNegations(
  lexicon: CompiledLexicon,
  text: string,
  taken: ReadonlyArray<[number, number]>,
  hypothetical: ReadonlyArray<[number, number]>,
  cues: RawCue[],
): void {
  const overlaps = (spans: ReadonlyArray<[number, number]>, start: number, end: number) =>
    spans.some(([from, to]) => start < to && end > from);
  const pattern = lexicon.weakNegation;
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    const start = found.index;
    const end = start + found[0].length;
    if (overlaps(taken, start, end) || overlaps(hypothetical, start, end) || inQuestion(text, end)) continue;
    cues.push({ start, end, weight: -1, kind: 'fact' });
  }
}

function lastContrast(lexicon: CompiledLexicon, text: string): number {
  let at = -1;
  lexicon.contrast.lastIndex = 0;
  for (let found = lexicon.contrast.exec(text); found; found = lexicon.contrast.exec(text)) at = found.index;
  return at;
}

/** Reads one language's phrases: negation, intensifiers, wishes, questions and quotes applied to each. */
export function readLexiconCues(lexicon: CompiledLexicon, text: string): LexiconReading {
  const cues: RawCue[] = [];
  const hypothetical = conditionalSpans(lexicon, text);
  const taken: Array<[number, number]> = [];
  let covered = 0;
  let previousIsWord = false;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    const isWord = isWordChar(code);
    const wordStart = isWord && !previousIsWord;
    previousIsWord = isWord;
    if (!wordStart) continue;
    const alternation = lexicon.cuesByFirst.get(lowerCode(code)) ?? lexicon.anyStart;
    if (!alternation) continue;
    alternation.pattern.lastIndex = at;
    const found = alternation.pattern.exec(text);
    if (!found || found[0].length === 0) continue;
    let group = 1;
    while (group < found.length && found[group] === undefined) group += 1;
    const cue = lexicon.cues[alternation.cueIndexes[group - 1] ?? -1];
    const start = at;
    const end = start + found[0].length;
    at = end - 1;
    previousIsWord = true;
    covered += end - start;
    taken.push([start, end]);
    if (!cue || cue.kind === 'ignore') continue;
    if (cue.kind !== 'thanks' && hypothetical.some(([from, to]) => start >= from && start < to)) continue;
    // "Is there a problem with my account?" asks; it does not complain.
    if (cue.kind === 'problem' && inQuestion(text, end)) continue;

    let weight = cue.weight;
    let from = start;
    let head = before(text, start);
    let kind = cue.kind;
    if (NEGATABLE.has(kind)) {
      const negated = negationStart(lexicon, head, start);
      if (negated >= 0) {
        // "no errors", "не сломан": a problem denied is no news.
        if (kind === 'problem' || (kind === 'fact' && weight < 0)) continue;
        from = negated;
        head = before(text, from);
        if (kind === 'expected' || kind === 'fact') {
          kind = 'fact';
          weight = -1;
        } else weight = weight > 0 ? -weight : -weight * NEGATED_NEGATIVE;
      } else if (kind === 'expected') continue;
    }
    if (weight > 0 && kind !== 'thanks' && kind !== 'sarcasm') {
      if (inQuestion(text, end)) continue;
      if (kind !== 'fixed' && lexicon.wishedBefore.test(head)) continue;
      // «помогли», "helpful": praise in scare quotes means the opposite.
      if (QUOTES_OPEN.has(text.charAt(start - 1)) && QUOTES_CLOSE.has(text.charAt(end))) {
        cues.push({ start: start - 1, end: end + 1, weight: -1.5, kind: 'sarcasm' });
        continue;
      }
    }
    lexicon.intensifiedAfter.lastIndex = end;
    const intensified = lexicon.intensifiedBefore.test(head) || lexicon.intensifiedAfter.test(text);
    if (intensified) weight *= INTENSIFIED;
    // "вообще не открывается", "totally broken": a problem stressed is no longer told calmly.
    if (kind === 'fact' && intensified && weight < 0) kind = 'fixed';
    const opener = kind === 'praise' && from === start && opensSentence(text, start, end);
    cues.push({ start: from, end, weight, kind, ...(opener ? { opener } : {}) });
    if (from < start) taken.push([from, start]);
  }
  readWeakNegations(lexicon, text, taken, hypothetical, cues);
  return { cues, contrastAt: lastContrast(lexicon, text), covered };
}

/** True when the text holds nothing but greetings, forms of address, punctuation and emoji. */
export function isBareGreeting(lexicon: CompiledLexicon, text: string): boolean {
  lexicon.greeting.lastIndex = 0;
  if (!lexicon.greeting.test(text)) return false;
  lexicon.greeting.lastIndex = 0;
  return !LETTER_OR_DIGIT.test(text.replace(lexicon.greeting, ''));
}
