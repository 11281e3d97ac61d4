import { sentenceBounds } from '../../language/reading';
import { quoteSentence, wholeConversation, wholeMessage, type Found, type Verdict } from './evidence';
import type { QualityPatterns } from './patterns/types';
import type { ReadMessage } from './review-input';
import { findIn, type RaterContext } from './signals';

/** How many of the last messages of the conversation count as its close. */
const CLOSING_MESSAGES = 3;
/** A question of one or two words ("Переключаю?", "Номер заказа?") asks for a go-ahead or a detail. */
const MIN_CHECK_WORDS = 3;
const SENTENCE_END = /[.!?…]+|\n/gu;
const WORD = /\p{L}+/gu;

/**
 * closing, 0–2, read in the last few messages: the agent checks the issue is solved for the customer
 * ("Получилось?", "Anything else I can help with?", "Is the discount right?") → 2; a closing phrase only
 * ("Have a nice day", "Thank you") → 1; the agent's last message just stops → 0. Any yes/no question
 * there counts as a check, but a "what/when" question, an offer and the agent's first reply do not.
 */
export function rateClosing({ conversation, patterns }: RaterContext): Verdict {
  const { agent, messages } = conversation;
  const last = agent.at(-1);
  if (!last) return { level: 0, evidence: [wholeConversation('closing.missing')] };
  const closingFrom = messages[Math.max(0, messages.length - CLOSING_MESSAGES)]?.index ?? 0;
  const closing = agent.filter((message) => message.index >= closingFrom || message === last);
  const checked =
    findIn([...closing].reverse(), patterns.check) ??
    outcomeQuestion(
      closing.filter((message) => message !== agent[0]),
      patterns,
    );
  if (checked) {
    return {
      level: 2,
      evidence: [quoteSentence(checked.message, checked.start, checked.end, 'closing.checked')],
    };
  }
  const farewell = findIn([last], patterns.farewell);
  if (farewell) {
    return {
      level: 1,
      evidence: [quoteSentence(farewell.message, farewell.start, farewell.end, 'closing.farewell')],
    };
  }
  return { level: 0, evidence: [wholeMessage(last, 'closing.missing')] };
}

/** The latest yes/no question about the outcome: not a "what/when" question, not an offer, not two words. */
function outcomeQuestion(messages: readonly ReadMessage[], patterns: QualityPatterns): Found | null {
  for (const message of [...messages].reverse()) {
    const questions = sentenceBounds(message.lower, SENTENCE_END).filter(([from, to]) =>
      message.lower.slice(from, to).trimEnd().endsWith('?'),
    );
    for (const [from, to] of questions.reverse()) {
      const lead = /^[\s¿,;:—–-]*/u.exec(message.lower.slice(from, to))?.[0].length ?? 0;
      const text = message.lower.slice(from + lead, to).trimEnd();
      if ((text.match(WORD)?.length ?? 0) < MIN_CHECK_WORDS || patterns.notCheck.test(text)) continue;
      return { message, start: from + lead, end: from + lead + text.length };
    }
  }
  return null;
}
