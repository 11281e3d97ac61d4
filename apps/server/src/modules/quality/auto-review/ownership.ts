import { endStateOf } from './end-state';
import { quoteAt, quoteFound, quoteSentence, wholeConversation, type Verdict } from './evidence';
import { firstDone, latestStep, timeIn, whenUnanswered, type Step } from './next-step';
import { findIn, firstWarning, type RaterContext } from './signals';

/**
 * ownership, 0–3, as the customer is left at the end:
 * 0 sent elsewhere (their bank, the courier, a form) with no later step of ours;
 * 1 the agent "looks into it" with nothing concrete, turns the request down, or leaves the customer's last
 *   question or complaint unanswered;
 * 2 the latest step is a hand-off or a commitment without a time;
 * 3 the latest step names when, or the issue was done or answered in the conversation, and no "when?" of
 *   the customer's was left without a time (else 2).
 */
export function rateOwnership(context: RaterContext): Verdict {
  const verdict = ownershipOf(context);
  // "And when?" answered without a time: whatever was done or promised, the customer is left not knowing
  // when to expect it, which reviewers rate as a step without its time.
  const unanswered = verdict.level === 3 ? whenUnanswered(context) : null;
  if (!unanswered) return verdict;
  return { level: 2, evidence: [quoteFound(unanswered, 'ownership.next_step')] };
}

function ownershipOf(context: RaterContext): Verdict {
  const { conversation, patterns, signals } = context;
  const { agent } = conversation;
  const first = agent[0];
  if (!first) return { level: 0, evidence: [wholeConversation('ownership.sent_elsewhere')] };

  const step = latestStep(context);
  const elsewhere = findIn(agent, patterns.sentElsewhere) ?? firstWarning(signals, agent, 'brush_off');
  // Sent elsewhere stays the verdict unless a real step of ours follows: a hand-off, or a promise with its time.
  if (elsewhere && !(step && step.message.index > elsewhere.message.index && realStep(context, step))) {
    return { level: 0, evidence: [quoteFound(elsewhere, 'ownership.sent_elsewhere')] };
  }

  const end = endStateOf(conversation, patterns);
  const done = firstDone(context, -1);
  if (step) {
    const when = timeIn(context, step.message);
    if (when) return { level: 3, evidence: [quoteFound(when, 'ownership.next_step_with_time')] };
    if (step.kind === 'handed_off') return { level: 2, evidence: [quoteFound(step, 'ownership.next_step')] };
    if (step.kind === 'vague' && !firstDone(context, step.message.index)) {
      return { level: 1, evidence: [quoteFound(step, 'ownership.no_next_step')] };
    }
    // An untimed promise is the open step, unless the customer said it is solved or later work closed it.
    if (step.kind === 'promise' && end.state !== 'solved' && !firstDone(context, step.message.index)) {
      return { level: 2, evidence: [quoteFound(step, 'ownership.next_step')] };
    }
  }

  if (end.state === 'unresolved' && end.found) {
    return { level: 1, evidence: [quoteFound(end.found, 'ownership.no_next_step')] };
  }
  const refused = findIn(agent, patterns.refused);
  if (refused && !done) return { level: 1, evidence: [quoteFound(refused, 'ownership.no_next_step')] };
  if (done) return { level: 3, evidence: [quoteAt(done.message, done.start, done.end, 'ownership.done')] };
  // Answered in the conversation: the agent who answered owned it; the evidence is their first answer.
  const answer = agent.find((message) => signals.coaching(message).length === 0) ?? first;
  return { level: 3, evidence: [quoteSentence(answer, 0, 1, 'ownership.answered')] };
}

const realStep = (context: RaterContext, step: Step): boolean =>
  step.kind === 'handed_off' || timeIn(context, step.message) !== null;
