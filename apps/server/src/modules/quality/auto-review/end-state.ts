import type { Found } from './evidence';
import type { QualityPatterns } from './patterns/types';
import type { ReadConversation, ReadMessage } from './review-input';

/**
 * How the customer left: 'solved' when they said it works, 'unresolved' when they said it does not or were
 * left with a question nobody answered, 'quiet' when they said neither. Reviewers rate ownership and the
 * solution by this end more than by anything the agent said on the way.
 */
export interface EndState {
  state: 'solved' | 'unresolved' | 'quiet';
  found: Found | null;
}

/** "не пришёл", "not fixed", "belum masuk": a negation just before the words turns them around. */
const NEGATED =
  /(?:^|[\s,.(])(?:не|нет|ни|so\s+not|not|never|no|don't|don’t|didn't|didn’t|isn't|isn’t|hasn't|hasn’t|haven't|haven’t|still\s+not|no\s+ha|nunca|tampoco|todavía\s+no|aún\s+no|belum|tidak|tak|gak|nggak|ga|enggak|bukan)\s+(?:\S+\s+){0,2}$/u;
const QUESTION = /\?/u;

export function endStateOf(conversation: ReadConversation, patterns: QualityPatterns): EndState {
  const { agent, customer } = conversation;
  const first = agent[0];
  const last = agent.at(-1);
  if (!first || !last) return { state: 'quiet', found: null };
  // What the customer said after the agent's last word; else their last word before it.
  const trailing = customer.filter((message) => message.index > last.index);
  const tail = trailing.length > 0 ? trailing : customer.filter((message) => message.index > first.index).slice(-1);
  for (let i = tail.length - 1; i >= 0; i--) {
    const message = tail[i] as ReadMessage;
    const unsolved = firstMatch(message, patterns.customerUnsolved, false);
    if (unsolved) return { state: 'unresolved', found: unsolved };
    const solved = firstMatch(message, patterns.customerSolved, true);
    if (solved) return { state: 'solved', found: solved };
    // A question the agent never answered: the customer was left waiting.
    if (message.index > last.index) {
      const question = QUESTION.exec(message.text);
      if (question) return { state: 'unresolved', found: { message, start: question.index, end: question.index + 1 } };
    }
  }
  return { state: 'quiet', found: null };
}

/**
 * The first match of the patterns. Words of success count only when said (`claimed`): not after a negation
 * ("не пришёл", "never got"), not inside a question ("will you let me know when it's fixed?").
 */
function firstMatch(message: ReadMessage, patterns: readonly RegExp[], claimed: boolean): Found | null {
  for (const pattern of patterns) {
    const match = pattern.exec(message.lower);
    if (!match) continue;
    if (
      claimed &&
      (NEGATED.test(message.lower.slice(Math.max(0, match.index - 30), match.index)) ||
        inQuestion(message.lower, match.index))
    ) {
      continue;
    }
    return { message, start: match.index, end: match.index + match[0].length };
  }
  return null;
}

/** Whether the sentence holding `at` ends with a question mark. */
function inQuestion(text: string, at: number): boolean {
  const end = text.slice(at).search(/[.!?\n]/u);
  return end !== -1 && text.charAt(at + end) === '?';
}
