import type { Found } from './evidence';
import type { ReadMessage } from './review-input';
import { findIn, type RaterContext } from './signals';

/** What the agent left the customer expecting. */
export interface Step extends Found {
  /** 'vague': "I'll look into it", taken but nothing the customer can expect. */
  kind: 'handed_off' | 'vague' | 'promise';
}

/** The agent's latest commitment, hand-off or "I'll look into it". */
export function latestStep(context: RaterContext): Step | null {
  const { conversation, patterns, signals } = context;
  for (let i = conversation.agent.length - 1; i >= 0; i--) {
    const message = conversation.agent[i] as ReadMessage;
    const handedOff = findIn([message], patterns.handedOff);
    if (handedOff) return { ...handedOff, kind: 'handed_off' };
    const vague = findIn([message], patterns.vague);
    // "Заявка зафиксирована, выезд завтра с 9 до 13": a time makes it a step the customer can expect.
    if (vague) return { ...vague, kind: timeIn(context, message) ? 'promise' : 'vague' };
    const [promise] = signals.promises(message);
    if (promise) return { message, start: promise.start, end: promise.end, kind: 'promise' };
  }
  return null;
}

/**
 * The agent's first report of work done ("I've refunded…", "Адрес изменил") in a message after the given
 * index. Passing the issue on ("I've forwarded it to finance", "записала обращение") is not work done.
 */
export function firstDone({ conversation, patterns, signals }: RaterContext, afterIndex: number): Found | null {
  for (const message of conversation.agent) {
    if (message.index <= afterIndex) continue;
    const done = signals.done(message);
    if (!done) continue;
    const clause = message.lower.slice(done.start, done.end);
    if ([...patterns.handedOff, ...patterns.vague].some((pattern) => pattern.test(clause))) continue;
    return { message, start: done.start, end: done.end };
  }
  return null;
}

/**
 * The customer's last "when?" that no later agent message answered with a time ("Сроки зависят от
 * загрузки", "Secepatnya ya Kak"): the step, if any, is left without its time.
 */
export function whenUnanswered(context: RaterContext): Found | null {
  const { conversation, patterns } = context;
  for (let i = conversation.customer.length - 1; i >= 0; i--) {
    const message = conversation.customer[i] as ReadMessage;
    const asked = patterns.asksWhen.exec(message.lower);
    if (!asked) continue;
    const replies = conversation.agent.filter((reply) => reply.index > message.index);
    if (replies.length === 0 || replies.some((reply) => timeIn(context, reply))) return null;
    return { message, start: asked.index, end: asked.index + asked[0].length };
  }
  return null;
}

/** A promise naming its time in the message, or words saying when. */
export function timeIn({ patterns, signals }: RaterContext, message: ReadMessage): Found | null {
  const timed = signals.promises(message).find((promise) => promise.timeText !== null);
  if (timed) return { message, start: timed.start, end: timed.end };
  return findIn([message], patterns.when);
}
