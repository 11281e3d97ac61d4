import type { Scorecard } from '@sincere/contracts';
import type { StoredRating, StoredSentiment } from '@sincere/db';
import { autoReview } from './auto-review/auto-review';
import type { ReviewInput, ReviewMessage } from './auto-review/review-input';
import { scoreReview } from './score-review';
import { conversationSentiment } from './sentiment/conversation-sentiment';
import type { CycleToReview } from './review-inputs.repository';

/** What an automatic review stores for one cycle. */
export interface CycleReview {
  agentId: string | null;
  ratings: StoredRating[];
  humanOnly: string[];
  score: number | null;
  criticalFailed: boolean;
  sentiment: StoredSentiment | null;
  brokenPromise: boolean;
}

/**
 * Scores one cycle with the automatic scorer. The score is the weighted mean over the categories it rated
 * (those left to people are out of it, like N/A), with the critical rule of metrics.md; evidence names
 * messages by id so it survives edits to the thread around them.
 */
export function reviewCycle(cycle: CycleToReview, scorecard: Scorecard): CycleReview {
  const input = reviewInputOf(cycle);
  const review = autoReview(input, scorecard);
  const messageId = (index: number | null) => (index === null ? null : (cycle.messages[index]?.id ?? null));
  const ratings: StoredRating[] = review.ratings.map((rating) => ({
    category: rating.category,
    value: rating.value,
    evidence: rating.evidence.map((item) => ({ message: messageId(item.message), quote: item.quote, rule: item.rule })),
  }));
  const rated = new Set(ratings.map((rating) => rating.category));
  const scored = ratings.length
    ? scoreReview({ ...scorecard, categories: scorecard.categories.filter((c) => rated.has(c.key)) }, ratings)
    : null;
  const trend = conversationSentiment(
    input.messages.map((message) => ({ from: message.from, text: message.text })),
    cycle.language ?? cycle.customer.locale,
  );
  return {
    agentId: agentOf(cycle),
    ratings,
    humanOnly: review.humanOnly,
    score: scored?.score ?? null,
    criticalFailed: scored?.criticalFailed ?? false,
    sentiment: trend
      ? {
          start: trend.start,
          end: trend.end,
          change: trend.change,
          perMessage: trend.perMessage.flatMap((item) => {
            const id = messageId(item.index);
            return id ? [{ message: id, score: Math.round(item.score * 1000) / 1000 }] : [];
          }),
        }
      : null,
    brokenPromise: cycle.promises.some((promise) => promise.status === 'broken'),
  };
}

export function reviewInputOf(cycle: CycleToReview): ReviewInput {
  const index = new Map(cycle.messages.map((message, i) => [message.id, i]));
  return {
    language: cycle.language ?? cycle.customer.locale,
    customer: cycle.customer,
    messages: cycle.messages.map((message): ReviewMessage => ({
      from:
        message.direction === 'inbound'
          ? 'customer'
          : message.direction === 'note'
            ? 'note'
            : message.authorUserId
              ? 'agent'
              : 'bot',
      text: message.body,
      at: message.createdAt,
    })),
    promises: cycle.promises.map((promise) => ({
      message: promise.messageId ? (index.get(promise.messageId) ?? null) : null,
      text: promise.what,
      status: promise.status,
    })),
  };
}

/** The review is about whoever replied most in the cycle (credit to the replier); else the assignee. */
export function agentOf(cycle: CycleToReview): string | null {
  const replies = new Map<string, number>();
  for (const message of cycle.messages) {
    if (message.direction !== 'outbound' || !message.authorUserId) continue;
    replies.set(message.authorUserId, (replies.get(message.authorUserId) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [userId, count] of replies) {
    if (count > most) [best, most] = [userId, count];
  }
  return best ?? cycle.assigneeId;
}
