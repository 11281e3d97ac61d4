import { endStateOf } from './end-state';
import { quoteAt, quoteFound, quoteSentence, wholeConversation, type Verdict } from './evidence';
import { firstDone, timeIn, whenUnanswered } from './next-step';
import { promiseEvidence } from './promise-kept';
import { findIn, firstWarning, type RaterContext } from './signals';

/**
 * solution_offered, 0–2, read from both sides. The customer's own word at the end speaks loudest: "it
 * works" → 2; "still broken", or a question left unanswered → 1, or 0 when all the agent offered was a
 * refusal, a redirect or a vague "we'll look". Without it: a workaround → 1; a refusal → 0; only where to
 * go next (the bank, a branch) → 1; a hand-off with nothing solved yet → 1; a vague "we're looking into
 * it" → 0; work done or an answer → 2. Over all of it: an agent who answers pushback with "as I said" → 0;
 * a 2 that hung on a broken promise, or left the customer's "when?" without a time → 1.
 */
export function rateSolution(context: RaterContext): Verdict {
  const { conversation, patterns } = context;
  // "As I said…" answers a customer who pushed back with the answer that did not help them: reviewers
  // read it as no solution, whatever was offered before it.
  const restated = findIn(conversation.agent, patterns.restated);
  if (restated) return { level: 0, evidence: [quoteFound(restated, 'solution_offered.restated')] };
  const verdict = solutionOf(context);
  // A solution that hung on a promise the agent then broke did not reach the customer as offered: reviewers
  // rate it partial at most, whatever the conversation said on the way.
  const broken = conversation.input.promises.find((promise) => promise.status === 'broken');
  if (verdict.level === 2 && broken) {
    return {
      level: 1,
      evidence: [promiseEvidence(conversation, broken, 'solution_offered.promise_broken'), ...verdict.evidence],
    };
  }
  // Asked when it will be sorted and given no time: the solution is still on its way, not delivered.
  const unanswered = verdict.level === 2 ? whenUnanswered(context) : null;
  if (!unanswered) return verdict;
  return { level: 1, evidence: [quoteFound(unanswered, 'solution_offered.when_unanswered'), ...verdict.evidence] };
}

function solutionOf(context: RaterContext): Verdict {
  const { conversation, patterns, signals } = context;
  const { agent } = conversation;
  const first = agent[0];
  if (!first) return { level: 0, evidence: [wholeConversation('solution_offered.missing')] };

  const end = endStateOf(conversation, patterns);
  if (end.state === 'solved' && end.found)
    return { level: 2, evidence: [quoteFound(end.found, 'solution_offered.confirmed')] };

  const workaround = findIn(agent, patterns.workaround);
  const handedOff = findIn(agent, patterns.handedOff);
  const found = firstDone(context, -1);
  const done = found && quoteAt(found.message, found.start, found.end, 'solution_offered.done');
  const refused = findIn(agent, patterns.refused) ?? firstWarning(signals, agent, 'brush_off');
  // Only where to go next (the bank, a branch with an ID): part of an answer, not the solution.
  const elsewhere = findIn(agent, patterns.sentElsewhere);
  const vagueFound = findIn(agent, patterns.vague);
  const vague = vagueFound && !timeIn(context, vagueFound.message) ? vagueFound : null;
  if (end.state === 'unresolved' && end.found) {
    // Left unsolved: whatever the agent offered on the way was partial at best; a refusal or "we'll look" was nothing.
    const said = quoteFound(end.found, 'solution_offered.still_unsolved');
    if (workaround) return { level: 1, evidence: [quoteFound(workaround, 'solution_offered.workaround'), said] };
    const nothing = refused ?? elsewhere;
    if (nothing) return { level: 0, evidence: [quoteFound(nothing, 'solution_offered.refused'), said] };
    if (vague && !done) return { level: 0, evidence: [quoteFound(vague, 'solution_offered.missing'), said] };
    return { level: 1, evidence: [said] };
  }

  if (workaround) return { level: 1, evidence: [quoteFound(workaround, 'solution_offered.workaround')] };
  if (refused && !done) return { level: 0, evidence: [quoteFound(refused, 'solution_offered.refused')] };
  if (elsewhere && !done) return { level: 1, evidence: [quoteFound(elsewhere, 'solution_offered.sent_elsewhere')] };
  if (handedOff && !done) return { level: 1, evidence: [quoteFound(handedOff, 'solution_offered.handed_off')] };
  if (vague && !done) return { level: 0, evidence: [quoteFound(vague, 'solution_offered.missing')] };
  if (done) return { level: 2, evidence: [done] };
  const answer = agent.find((message) => message.lower.length > 40) ?? first;
  return { level: 2, evidence: [quoteSentence(answer, 0, 1, 'solution_offered.answer')] };
}
