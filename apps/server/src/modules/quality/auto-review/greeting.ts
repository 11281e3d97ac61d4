import {
  quoteAt,
  quoteFound,
  quoteSentence,
  wholeConversation,
  type Evidence,
  type Found,
  type Verdict,
} from './evidence';
import type { QualityPatterns } from './patterns/types';
import type { ReadMessage } from './review-input';
import { findIn, type RaterContext } from './signals';

/** How far into the first reply the customer's name still belongs to the greeting. */
const NAME_REACH = 160;
const LETTER = /[\p{L}]/u;

/**
 * greeting, 0–2: no greeting in the agent's first reply → 0; a greeting without the customer's name, or in
 * the informal "you" to a customer who does not use it → 1; a greeting with the name, in the form the
 * customer expects → 2. Bots' greetings are not the agent's.
 */
export function rateGreeting({ conversation, patterns }: RaterContext): Verdict {
  const first = conversation.agent[0];
  if (!first) return { level: 0, evidence: [wholeConversation('greeting.missing')] };
  const greeting = patterns.greeting.exec(first.lower);
  if (!greeting) {
    return { level: 0, evidence: [quoteSentence(first, 0, Math.min(first.text.length, 1), 'greeting.missing')] };
  }
  const greetingStart = greeting.index + (/^\W*/u.exec(greeting[0])?.[0].length ?? 0);
  const greetingEnd = greeting.index + greeting[0].length;

  const wrong = wrongForm(conversation.agent, conversation.customer, patterns);
  const name = nameAt(first, conversation.input.customer.name, patterns.honorifics);
  const greetingEvidence: Evidence = name
    ? quoteAt(first, greetingStart, nameEnd(first, name.end), 'greeting.with_name')
    : quoteAt(first, greetingStart, greetingEnd, 'greeting.without_name');
  if (wrong) return { level: 1, evidence: [wrong, greetingEvidence] };
  return { level: name ? 2 : 1, evidence: [greetingEvidence] };
}

/**
 * The agent's "you" where it is not the form the customer expects: the informal one to a customer who
 * writes formally (or, where service is formal by default, shows neither form), and, in languages that
 * mirror the customer, the formal one to a customer who writes informally.
 */
function wrongForm(
  agent: readonly ReadMessage[],
  customer: readonly ReadMessage[],
  patterns: QualityPatterns,
): Evidence | null {
  const customerUses = (pattern: RegExp | null) =>
    pattern !== null && customer.some((message) => pattern.test(message.lower));
  const informal = customerUses(patterns.customerInformal);
  const formal = customerUses(patterns.customerFormal);
  const agentInformal = findIn(agent, patterns.informalYou ? [patterns.informalYou] : []);
  if (agentInformal && !informal && (formal || patterns.defaultFormal)) return quote(agentInformal);
  if (!patterns.mirrorFormal || agentInformal || !informal || formal) return null;
  const agentFormal = findIn(agent, patterns.formalYou ? [patterns.formalYou] : []);
  return agentFormal ? quote(agentFormal) : null;
}

const quote = (found: Found): Evidence => quoteFound(found, 'greeting.wrong_form');

/**
 * Where the customer's name (any part of it, or a title before it: "Kak Sari") stands in the opening of the
 * message. Words are matched on their first four letters, so that a declined or shortened form counts
 * ("Анну", "Alex" for "Alexander"), a different name does not.
 */
function nameAt(
  message: ReadMessage,
  customerName: string | null,
  honorifics: readonly string[],
): { start: number; end: number } | null {
  if (!customerName) return null;
  const parts = customerName
    .toLowerCase()
    .split(/[\s,.]+/u)
    .filter((part) => part.length >= 2 && !honorifics.includes(part));
  if (parts.length === 0) return null;
  const opening = message.lower.slice(0, NAME_REACH);
  for (const word of opening.matchAll(/[\p{L}'’-]+/gu)) {
    const token = word[0];
    const matches = parts.some((part) => {
      const stem = part.slice(0, Math.min(4, part.length));
      return token.length >= Math.min(part.length, 2) && token.startsWith(stem);
    });
    if (matches) return { start: word.index, end: word.index + token.length };
  }
  return null;
}

/** The greeting quoted through the name and the mark after it ("Здравствуйте, Анна!"). */
function nameEnd(message: ReadMessage, end: number): number {
  const next = message.text.charAt(end);
  return next && !LETTER.test(next) && /[!,.]/u.test(next) ? end + 1 : end;
}
