import { sentenceBounds, trimmedSpan, windowAround } from '../../language/reading';
import type { ReadMessage } from './review-input';
import type { AutoReviewRule } from './rules';

/** Why a rating is what it is: a message, the words in it a reviewer sees highlighted, and the rule's id. */
export interface Evidence {
  /** Index into the conversation's messages; null when the evidence is the conversation as a whole. */
  message: number | null;
  /** An exact substring of that message's text; null when no words show it (a missing closing). */
  quote: string | null;
  /** Stable id of the rule, translated in the UI: 'greeting.with_name'. */
  rule: AutoReviewRule;
}

/** Where a pattern matched in a message: what a rater quotes. */
export interface Found {
  message: ReadMessage;
  start: number;
  end: number;
}

/** A rating on the rater's own scale, with its evidence; the scorer maps it to the scorecard's scale. */
export interface Verdict {
  level: number | 'na';
  evidence: Evidence[];
}

const SENTENCE_END = /[.!?…]+(?=[\s"'»”)]|$)|\n/g;
/** Longer quotes stop being a highlight: the reviewer reads the message anyway. */
const MAX_QUOTE = 200;

/** The words at [start, end) of the message, trimmed. */
export function quoteAt(message: ReadMessage, start: number, end: number, rule: AutoReviewRule): Evidence {
  const [from, to] = trimmedSpan(message.text, start, end);
  return { message: message.index, quote: from < to ? message.text.slice(from, to) : null, rule };
}

/** The sentence holding [start, end), or a window of it around those words when the sentence runs on. */
export function quoteSentence(message: ReadMessage, start: number, end: number, rule: AutoReviewRule): Evidence {
  const bounds = sentenceBounds(message.text, SENTENCE_END);
  const sentence = bounds.find(([from, to]) => from <= start && start < to) ?? [start, end];
  const [from, to] = windowAround(
    message.text,
    trimmedSpan(message.text, sentence[0], Math.max(sentence[1], end)),
    [start, end],
    MAX_QUOTE,
  );
  return { message: message.index, quote: from < to ? message.text.slice(from, to) : null, rule };
}

/** The sentence holding a match, as evidence for the rule. */
export const quoteFound = (found: Found, rule: AutoReviewRule): Evidence =>
  quoteSentence(found.message, found.start, found.end, rule);

/** The sentence where the first of the patterns matches the message's lower-cased text; null when none does. */
export function quoteFirst(message: ReadMessage, patterns: readonly RegExp[], rule: AutoReviewRule): Evidence | null {
  const found = firstMatch(message.lower, patterns);
  return found ? quoteSentence(message, found.start, found.end, rule) : null;
}

/** The earliest match of any pattern (each built without `g`). */
export function firstMatch(text: string, patterns: readonly RegExp[]): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.start)) best = { start: match.index, end: match.index + match[0].length };
  }
  return best;
}

/** A message as a whole (a closing that just stops): no words to highlight. */
export function wholeMessage(message: ReadMessage, rule: AutoReviewRule): Evidence {
  return { message: message.index, quote: null, rule };
}

/** The conversation as a whole (no promise was made). */
export function wholeConversation(rule: AutoReviewRule): Evidence {
  return { message: null, quote: null, rule };
}
