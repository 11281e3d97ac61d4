import { quoteAt, wholeConversation, type Evidence, type Verdict } from './evidence';
import { lowerCased, type ReadConversation, type ReviewPromise } from './review-input';
import type { AutoReviewRule } from './rules';

/**
 * promise_kept from the promise tracker's record, not from the text: no promise → N/A; any broken → 0 with
 * each broken promise as evidence; else 1. An open promise is not yet due, so it is not broken; a cancelled
 * one was called off with the customer told. Needs no language, so every conversation gets it.
 */
export function ratePromiseKept(conversation: ReadConversation): Verdict {
  const { promises } = conversation.input;
  if (promises.length === 0) return { level: 'na', evidence: [wholeConversation('promise_kept.none_made')] };
  const broken = promises.filter((promise) => promise.status === 'broken');
  if (broken.length > 0) {
    return {
      level: 0,
      evidence: broken.map((promise) => promiseEvidence(conversation, promise, 'promise_kept.broken')),
    };
  }
  return {
    level: 1,
    evidence: promises.map((promise) => promiseEvidence(conversation, promise, RULE_OF_STATUS[promise.status])),
  };
}

const RULE_OF_STATUS = {
  broken: 'promise_kept.broken',
  kept: 'promise_kept.kept',
  open: 'promise_kept.open',
  cancelled: 'promise_kept.cancelled',
} as const;

/**
 * The promise's words highlighted in the message that made it (the tracker stores the clause the agent
 * confirmed). When the message no longer holds them (edited, or the tracker's own wording), the promise's
 * text stands alone, tied to no message, so that a quote is always a substring of the message it names.
 */
export function promiseEvidence(
  conversation: ReadConversation,
  promise: ReviewPromise,
  rule: AutoReviewRule,
): Evidence {
  const message = conversation.messages.find((read) => read.index === promise.message);
  const wanted = promise.text.trim();
  const at = message && wanted ? message.lower.indexOf(lowerCased(wanted)) : -1;
  if (message && at !== -1) return quoteAt(message, at, at + wanted.length, rule);
  return { message: null, quote: wanted || null, rule };
}
