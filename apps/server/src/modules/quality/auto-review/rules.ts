/*
 * Every rule the automatic scorer can cite as evidence. The UI translates each id into a sentence, so the
 * list is short and ids never change meaning: a new reason gets a new id.
 */
export const AUTO_REVIEW_RULES = [
  // greeting
  'greeting.with_name',
  'greeting.without_name',
  'greeting.wrong_form',
  'greeting.missing',
  // ownership
  'ownership.sent_elsewhere',
  'ownership.no_next_step',
  'ownership.next_step',
  'ownership.next_step_with_time',
  'ownership.done',
  'ownership.answered',
  // promise_kept
  'promise_kept.none_made',
  'promise_kept.broken',
  'promise_kept.kept',
  'promise_kept.open',
  'promise_kept.cancelled',
  // solution_offered
  'solution_offered.confirmed',
  'solution_offered.done',
  'solution_offered.answer',
  'solution_offered.workaround',
  'solution_offered.handed_off',
  'solution_offered.sent_elsewhere',
  'solution_offered.still_unsolved',
  'solution_offered.refused',
  'solution_offered.missing',
  'solution_offered.promise_broken',
  'solution_offered.restated',
  'solution_offered.when_unanswered',
  // comprehension
  'comprehension.asked_again',
  'comprehension.customer_repeated',
  'comprehension.paraphrase',
  'comprehension.understood',
  // closing
  'closing.checked',
  'closing.farewell',
  'closing.missing',
  // spelling_readability
  'spelling_readability.clean',
  'spelling_readability.slip',
  'spelling_readability.wall_of_text',
  'spelling_readability.unreadable',
] as const;

export type AutoReviewRule = (typeof AUTO_REVIEW_RULES)[number];
