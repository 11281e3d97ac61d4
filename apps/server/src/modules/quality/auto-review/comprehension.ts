import { quoteSentence, wholeConversation, type Evidence, type Verdict } from './evidence';
import type { QualityPatterns } from './patterns/types';
import type { ReadMessage } from './review-input';
import { findIn, firstWarning, type RaterContext } from './signals';

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/u;
/** A phone number: with its country code, a trunk 0 or 8, or US-style; not the digits of a code ("KC2207791134"). */
const PHONE =
  /(?<![\p{L}\d])(?:\+\d[\d\s()-]{8,}\d|0\d[\d\s()-]{7,}\d|8[\s(-]*9\d\d[\d\s()-]{6,}\d|\(\d{3}\)\s?\d{3}[\s-]?\d{4})/u;
/** An order or case number: digits with a dash or hash, or five digits and more. */
const ORDER_NUMBER = /#\s?\d{3,}|\b[a-z]{0,3}-?\d{2,}-\d{2,}\b|\d{5,}/u;
const SENTENCE = /[^.!?\n]+[.!?]*/gu;
/** Someone else's contact (the recipient's, an invited member's): asking for it is not asking again. */
const SOMEONE_ELSE =
  /(?:recipient|colleague|member|invited|invitee|получател|коллег|сотрудник|приглаш|destinatari|invitad|miembro|anggota|penerima|diundang|rekan)/u;

/**
 * comprehension, 0–2: the agent asks for what the customer already gave (an order number, an e-mail, a
 * phone), or the customer has to point out they said it already → 0; the understanding is shown by
 * parroting the customer back (reply coaching's robotic paraphrase) → 1; otherwise 2.
 */
export function rateComprehension({ conversation, patterns, signals }: RaterContext): Verdict {
  const { agent, customer } = conversation;
  if (agent.length === 0) return { level: 2, evidence: [wholeConversation('comprehension.understood')] };

  const askedAgain = askedForGiven(agent, customer, patterns);
  if (askedAgain) return { level: 0, evidence: [askedAgain] };

  const paraphrase = firstWarning(signals, agent, 'robotic_paraphrase') ?? findIn(agent, patterns.paraphrase);
  const repeated = findIn(
    customer.filter((message) => message.index > (agent[0]?.index ?? 0)),
    patterns.customerRepeated,
  );
  // "Yes, that is what I wrote" right after a paraphrase answers the paraphrase: it is parroting, not a miss.
  if (repeated && !(paraphrase && paraphrase.message.index < repeated.message.index)) {
    return {
      level: 0,
      evidence: [quoteSentence(repeated.message, repeated.start, repeated.end, 'comprehension.customer_repeated')],
    };
  }
  if (paraphrase) {
    return {
      level: 1,
      evidence: [quoteSentence(paraphrase.message, paraphrase.start, paraphrase.end, 'comprehension.paraphrase')],
    };
  }
  const first = agent[0] as ReadMessage;
  return { level: 2, evidence: [quoteSentence(first, 0, 1, 'comprehension.understood')] };
}

/** An agent's question for an order number, e-mail or phone that a customer message before it already held. */
function askedForGiven(
  agent: readonly ReadMessage[],
  customer: readonly ReadMessage[],
  patterns: QualityPatterns,
): Evidence | null {
  // What the customer had given before each agent message, accumulated once in order.
  const given = { order: false, email: false, phone: false };
  let read = 0;
  for (const message of agent) {
    for (; read < customer.length && (customer[read] as ReadMessage).index < message.index; read++) {
      const text = (customer[read] as ReadMessage).lower;
      const hasEmail = text.includes('@') && EMAIL.test(text);
      given.order ||= ORDER_NUMBER.test(text) && patterns.orderWord.test(text);
      given.email ||= hasEmail;
      given.phone ||= PHONE.test(hasEmail ? text.replace(EMAIL, '') : text);
    }
    if (!given.order && !given.email && !given.phone) continue;
    for (const sentence of message.lower.matchAll(SENTENCE)) {
      const text = sentence[0];
      if (!text.includes('?') && !patterns.request.test(text)) continue;
      const asked =
        (given.order && patterns.asksForOrder.exec(text)) ||
        (given.email && !text.includes('@') && !SOMEONE_ELSE.test(text) && patterns.asksForEmail.exec(text)) ||
        (given.phone && !PHONE.test(text) && patterns.asksForPhone.exec(text));
      if (asked) {
        const start = sentence.index + asked.index;
        return quoteSentence(message, start, start + asked[0].length, 'comprehension.asked_again');
      }
    }
  }
  return null;
}
