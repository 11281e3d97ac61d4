import { afterAll, describe, expect, it } from 'vitest';
import {
  API,
  PROMISES_API,
  QUALITY_API,
  type AgentPromise,
  type AssignmentPage,
  type Coaching,
  type ConversationDetail,
  type ConversationQuality,
  type DisputeList,
  type QualityOverview,
  type Review,
  type ReviewPage,
  type SampleResult,
} from '@sincere/contracts';
import { createTestApp } from '../../testing/test-app';
import { inboxWorkspace } from '../../testing/inbox-workspace';
import { signIn } from '../../testing/http-client';
import { sweepPromises } from '../promises/sweep-promises';
import { runAutoReview } from './run-auto-review';

const t = await createTestApp();
afterAll(() => t.close());

/** Thursday 26 November 2026, 11:00 in Moscow. */
const NOW = new Date('2026-11-26T08:00:00Z');

/** Every category rated at its top point (N/A where allowed and `na` asks for it). */
function topRatings(quality: ConversationQuality, overrides: Record<string, number | 'na'> = {}) {
  const points = { binary: 2, three: 3, four: 4, five: 5 } as const;
  return quality.scorecard.categories.map((category) => ({
    category: category.key,
    value: overrides[category.key] ?? points[category.scale] - 1,
  }));
}

/** A workspace with a conversation the agent answered well and resolved; its automatic review job run. */
async function reviewedWorkspace(name: string) {
  t.setNow(NOW);
  // A minute between messages: messages written at one instant have no order but their random ids.
  let at = NOW.getTime();
  const w = await inboxWorkspace(t, name, { beforeWrite: () => t.setNow(new Date((at += 60_000))) });
  const lead = await signIn(t.app, w.people.lead.email);
  const reviewer = await signIn(t.app, w.people.reviewer.email);
  const opened = await w.channel.request('POST', API.conversations, {
    customer: { name: 'Anna Petrova', email: `anna-${name}@example.com` },
    language: 'en',
    message: { body: 'Hi, I was charged twice for my order #4512. This is really annoying!' },
  });
  expect(opened.status).toBe(201);
  const conversationId = (opened.body as ConversationDetail).id;
  await w.write(
    conversationId,
    'outbound',
    'Hello Anna! I am sorry about the double charge. I have refunded the second payment of order #4512 just now; it will be back on your card within 3 days. Did that answer your question?',
  );
  await w.write(conversationId, 'inbound', 'Great, thank you so much, that solves it!');
  const resolved = await w.agent.request('PATCH', API.conversation(conversationId), { status: 'resolved' });
  expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
  await t.ctx.afterCommit.drain();
  await runAutoReview(t.ctx, { accountId: w.people.account.id, conversationId });
  return { ...w, lead, reviewer, conversationId };
}

async function queuedJobs(conversationId: string): Promise<number> {
  const rows = await t.database.query<{ n: number | string }>(
    "SELECT count(*) AS n FROM pgboss.job WHERE name = 'quality.auto-review' AND data->>'conversationId' = $1",
    [conversationId],
  );
  return Number(rows.rows[0]?.n ?? 0);
}

describe('automatic review', () => {
  it('queues a review when a conversation is resolved and stores ratings with their evidence', async () => {
    const w = await reviewedWorkspace('Auto');
    expect(await queuedJobs(w.conversationId)).toBe(1);
    const response = await w.reviewer.request('GET', QUALITY_API.conversationQuality(w.conversationId));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const quality = response.body as ConversationQuality;
    const automatic = quality.automatic;
    expect(automatic?.kind).toBe('automatic');
    expect(automatic?.agent?.id).toBe(w.people.agent.id);
    // Each automatic rating says why, and the categories it cannot judge are left to people.
    expect(automatic?.ratings.length).toBeGreaterThan(3);
    for (const rating of automatic?.ratings ?? []) expect(rating.evidence.length).toBeGreaterThan(0);
    expect(automatic?.humanOnly).toEqual(expect.arrayContaining(['empathy', 'tone', 'personal_touch']));
    const greeting = automatic?.ratings.find((rating) => rating.category === 'greeting');
    expect(greeting?.value).toBe(2);
    expect(greeting?.evidence[0]?.quote).toContain('Anna');
    expect(automatic?.sentiment).toMatchObject({ start: 'negative', end: 'positive', change: 'improved' });
    expect(automatic?.score).toBeGreaterThan(60);
  });

  it('reviews the conversation again after it is reopened and resolved, keeping one review per cycle', async () => {
    const w = await reviewedWorkspace('Reopen');
    await runAutoReview(t.ctx, { accountId: w.people.account.id, conversationId: w.conversationId });
    await w.write(w.conversationId, 'inbound', 'Sorry, the refund still has not arrived.');
    await w.write(w.conversationId, 'outbound', 'Let me check with the bank.');
    expect((await w.agent.request('PATCH', API.conversation(w.conversationId), { status: 'resolved' })).status).toBe(
      200,
    );
    await t.ctx.afterCommit.drain();
    expect(await queuedJobs(w.conversationId)).toBe(2);
    await runAutoReview(t.ctx, { accountId: w.people.account.id, conversationId: w.conversationId });
    const reviews = await t.database.query<{ cycle: number }>(
      "SELECT cycle FROM qa_reviews WHERE conversation_id = $1 AND kind = 'automatic' ORDER BY cycle",
      [w.conversationId],
    );
    expect(reviews.rows.map((row) => Number(row.cycle))).toEqual([1, 2]);
    const quality = (await w.lead.request('GET', QUALITY_API.conversationQuality(w.conversationId)))
      .body as ConversationQuality;
    expect(quality.automatic?.cycle).toBe(2);
  });

  it('puts a conversation with a broken promise in a reviewer’s queue', async () => {
    t.setNow(NOW);
    const w = await inboxWorkspace(t, 'Broken');
    const reviewer = await signIn(t.app, w.people.reviewer.email);
    const opened = await w.channel.request('POST', API.conversations, {
      customer: { name: 'Олег', email: 'oleg-broken@example.com' },
      language: 'ru',
      message: { body: 'Здравствуйте, где мой заказ?' },
    });
    const conversationId = (opened.body as ConversationDetail).id;
    const reply = await w.write(conversationId, 'outbound', 'Олег, добрый день! Перезвоню вам сегодня до 15:00.');
    const promise = await w.agent.request('POST', PROMISES_API.conversationPromises(conversationId), {
      messageId: reply.id,
      what: 'Перезвонить клиенту',
      dueAt: '2026-11-26T12:00:00Z',
    });
    expect(promise.status, JSON.stringify(promise.body)).toBe(201);
    t.setNow(new Date('2026-11-26T13:00:00Z'));
    await sweepPromises(t.ctx);
    expect((promise.body as AgentPromise).id).toBeTruthy();
    const resolved = await w.agent.request('PATCH', API.conversation(conversationId), {
      status: 'resolved',
      openPromises: 'keep_open',
    });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    await runAutoReview(t.ctx, { accountId: w.people.account.id, conversationId });
    const queue = (await reviewer.request('GET', QUALITY_API.assignments)).body as AssignmentPage;
    expect(queue.items).toHaveLength(1);
    expect(queue.items[0]).toMatchObject({ conversationId, reason: 'broken_promise', status: 'pending' });
    expect(queue.items[0]?.automaticScore).toBe(0);
  });
});

describe('human review', () => {
  it('lets a reviewer score, the agent acknowledge and dispute, and a lead settle the dispute', async () => {
    const w = await reviewedWorkspace('Human');
    const quality = (await w.reviewer.request('GET', QUALITY_API.conversationQuality(w.conversationId)))
      .body as ConversationQuality;
    const submitted = await w.reviewer.request('POST', QUALITY_API.conversationReviews(w.conversationId), {
      ratings: topRatings(quality, { closing: 1, empathy: 'na', personal_touch: 'na' }),
      comment: 'Clean refund, but no real check at the end.',
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    const review = submitted.body as Review;
    expect(review).toMatchObject({
      kind: 'manual',
      reviewer: { id: w.people.reviewer.id },
      agent: { id: w.people.agent.id },
    });
    // closing 1 of 0–2 (50) weighs 5 of the 85 rated weight: 100 − 5 × 50 / 85.
    expect(review.score).toBeCloseTo(100 - (5 * 50) / 85, 6);
    const again = await w.reviewer.request('POST', QUALITY_API.conversationReviews(w.conversationId), {
      ratings: topRatings(quality),
    });
    expect(again.status).toBe(409);

    const mine = (await w.agent.request('GET', `${QUALITY_API.reviews}?agent=me`)).body as ReviewPage;
    expect(mine.items.map((item) => item.id)).toContain(review.id);
    expect((await w.agent.request('POST', QUALITY_API.acknowledge(review.id))).body).toMatchObject({
      acknowledgedAt: new Date(NOW.getTime() + 2 * 60_000).toISOString(),
    });
    const disputed = await w.agent.request('POST', QUALITY_API.disputeReview(review.id), {
      category: 'closing',
      reason: 'I asked whether the answer helped.',
    });
    expect(disputed.status, JSON.stringify(disputed.body)).toBe(201);
    const twice = await w.agent.request('POST', QUALITY_API.disputeReview(review.id), {
      category: 'closing',
      reason: 'Again',
    });
    expect(twice.status).toBe(409);
    // Only the agent reviewed disputes; only leads settle.
    expect(
      (await w.reviewer.request('POST', QUALITY_API.disputeReview(review.id), { category: 'tone', reason: 'x' }))
        .status,
    ).toBe(403);
    expect((await w.agent.request('GET', QUALITY_API.disputes)).status).toBe(403);

    const open = (await w.lead.request('GET', QUALITY_API.disputes)).body as DisputeList;
    expect(open.disputes).toHaveLength(1);
    const dispute = open.disputes[0];
    expect(dispute).toMatchObject({ category: 'closing', originalValue: 1, status: 'open' });
    const noValue = await w.lead.request('POST', QUALITY_API.decideDispute(dispute?.id ?? ''), { decision: 'accept' });
    expect(noValue.status).toBe(422);
    const decided = await w.lead.request('POST', QUALITY_API.decideDispute(dispute?.id ?? ''), {
      decision: 'accept',
      value: 2,
      comment: 'Right, the question was there.',
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect((decided.body as Review).score).toBe(100);
    expect((decided.body as Review).disputes[0]).toMatchObject({ status: 'accepted', decidedValue: 2 });
    const settledAgain = await w.lead.request('POST', QUALITY_API.decideDispute(dispute?.id ?? ''), {
      decision: 'reject',
    });
    expect(settledAgain.status).toBe(409);
  });

  it('refuses ratings that do not fit the scorecard, naming the category', async () => {
    const w = await reviewedWorkspace('Invalid');
    const quality = (await w.reviewer.request('GET', QUALITY_API.conversationQuality(w.conversationId)))
      .body as ConversationQuality;
    const missing = await w.reviewer.request('POST', QUALITY_API.conversationReviews(w.conversationId), {
      ratings: topRatings(quality).filter((rating) => rating.category !== 'tone'),
    });
    expect(missing.status).toBe(422);
    expect(missing.body.error.fields).toHaveProperty('ratings.tone');
    const outside = await w.reviewer.request('POST', QUALITY_API.conversationReviews(w.conversationId), {
      ratings: topRatings(quality, { greeting: 7 }),
    });
    expect(outside.status).toBe(422);
    expect(outside.body.error.fields).toHaveProperty('ratings.greeting');
    const notApplicable = await w.reviewer.request('POST', QUALITY_API.conversationReviews(w.conversationId), {
      ratings: topRatings(quality, { tone: 'na' }),
    });
    expect(notApplicable.status).toBe(422);
    expect(
      (
        await w.agent.request('POST', QUALITY_API.conversationReviews(w.conversationId), {
          ratings: topRatings(quality),
        })
      ).status,
    ).toBe(403);
    expect((await w.agent.request('GET', `${QUALITY_API.reviews}?agent=${w.people.lead.id}`)).status).toBe(403);
  });
});

describe('calibration, sampling, scorecard versions and coaching', () => {
  it('keeps calibration reviews blind and out of the quality score, and reports agreement', async () => {
    const w = await reviewedWorkspace('Calibration');
    const created = await w.lead.request('POST', QUALITY_API.calibrations, {
      name: 'November round',
      conversationIds: [w.conversationId],
      reviewerIds: [w.people.reviewer.id, w.people.lead.id],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const roundId = (created.body as { id: string }).id;
    const quality = (await w.reviewer.request('GET', QUALITY_API.conversationQuality(w.conversationId)))
      .body as ConversationQuality;
    for (const [caller, closing] of [
      [w.reviewer, 2],
      [w.lead, 1],
    ] as const) {
      const response = await caller.request('POST', QUALITY_API.conversationReviews(w.conversationId), {
        ratings: topRatings(quality, { closing, empathy: 'na', personal_touch: 'na' }),
        calibrationId: roundId,
      });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
    }
    // Blind: before the round closes the reviewer sees neither the lead's review nor the agreement.
    const seen = (await w.reviewer.request('GET', QUALITY_API.conversationQuality(w.conversationId)))
      .body as ConversationQuality;
    expect(seen.reviews.map((review) => review.reviewer?.id)).toEqual([w.people.reviewer.id]);
    expect((await w.reviewer.request('GET', QUALITY_API.calibration(roundId))).body).toMatchObject({
      submitted: 2,
      expected: 2,
      agreement: null,
    });
    const closed = await w.lead.request('POST', QUALITY_API.closeCalibration(roundId));
    expect(closed.status).toBe(200);
    const round = (await w.reviewer.request('GET', QUALITY_API.calibration(roundId))).body as {
      agreement: { category: string; exact: number | null; compared: number }[];
    };
    expect(round.agreement.find((item) => item.category === 'closing')).toMatchObject({ exact: 0, compared: 1 });
    expect(round.agreement.find((item) => item.category === 'greeting')).toMatchObject({ exact: 1, compared: 1 });
    // Calibration reviews never count in the internal quality score.
    const overview = (await w.lead.request('GET', QUALITY_API.overview)).body as QualityOverview;
    expect(overview).toMatchObject({ iqs: null, reviews: 0, automaticReviews: 1 });
  });

  it('draws the weekly sample once per week, at most the configured number per agent', async () => {
    const w = await reviewedWorkspace('Sample');
    expect((await w.lead.request('PATCH', QUALITY_API.settings, { samplePerAgent: 1 })).status).toBe(200);
    // The review was resolved this week (Thursday 26 Nov); sampling on Monday 30 Nov draws it.
    t.setNow(new Date('2026-11-30T06:00:00Z'));
    const first = await w.lead.request('POST', QUALITY_API.sample, {});
    expect(first.body as SampleResult).toEqual({ week: '2026-11-23', created: 1, alreadySampled: false });
    const second = await w.lead.request('POST', QUALITY_API.sample, {});
    expect(second.body as SampleResult).toEqual({ week: '2026-11-23', created: 0, alreadySampled: true });
    const queue = (await w.lead.request('GET', `${QUALITY_API.assignments}?reviewer=anyone`)).body as AssignmentPage;
    expect(queue.items.map((item) => [item.conversationId, item.reason])).toEqual([
      [w.conversationId, 'weekly_sample'],
    ]);
    expect(queue.items[0]?.reviewer.id).not.toBe(w.people.agent.id);
  });

  it('versions the scorecard on a change of meaning and re-scores automatic reviews with progress', async () => {
    const w = await reviewedWorkspace('Versions');
    const quality = (await w.lead.request('GET', QUALITY_API.conversationQuality(w.conversationId)))
      .body as ConversationQuality;
    const manual = await w.reviewer.request('POST', QUALITY_API.conversationReviews(w.conversationId), {
      ratings: topRatings(quality, { empathy: 'na', personal_touch: 'na' }),
    });
    expect(manual.status).toBe(201);
    const card = quality.scorecard;
    const renamed = await w.lead.request('PATCH', QUALITY_API.scorecard(card.id), {
      name: { en: 'Our review', ru: 'Наша оценка' },
    });
    expect(renamed.body).toMatchObject({ newVersion: false, rescore: null, scorecard: { id: card.id, version: 1 } });
    const reweighted = await w.lead.request('PATCH', QUALITY_API.scorecard(card.id), {
      categories: card.categories.map((category) =>
        category.key === 'greeting' ? { ...category, weight: 15 } : category,
      ),
    });
    expect(reweighted.status, JSON.stringify(reweighted.body)).toBe(200);
    const saved = reweighted.body as {
      scorecard: { id: string; version: number };
      rescore: { id: string; total: number };
    };
    expect(saved.scorecard.version).toBe(2);
    expect(saved.rescore.total).toBe(1);
    const stale = await w.lead.request('PATCH', QUALITY_API.scorecard(card.id), { name: { en: 'x', ru: 'x' } });
    expect(stale.status).toBe(409);
    const { rescoreSlice } = await import('./rescore');
    await rescoreSlice(t.ctx, { accountId: w.people.account.id, runId: saved.rescore.id });
    expect((await w.lead.request('GET', QUALITY_API.rescoreRun)).body).toMatchObject({
      status: 'done',
      done: 1,
      total: 1,
    });
    const after = (await w.lead.request('GET', QUALITY_API.conversationQuality(w.conversationId)))
      .body as ConversationQuality;
    expect(after.automatic?.scorecardVersion).toBe(2);
    // The human review keeps the version it was scored with.
    expect(after.reviews[0]?.scorecardVersion).toBe(1);
  });

  it('shows an agent their weakest categories with examples from their own conversations', async () => {
    const w = await reviewedWorkspace('Coaching');
    const quality = (await w.reviewer.request('GET', QUALITY_API.conversationQuality(w.conversationId)))
      .body as ConversationQuality;
    await w.reviewer.request('POST', QUALITY_API.conversationReviews(w.conversationId), {
      ratings: topRatings(quality, { closing: 0, empathy: 'na', personal_touch: 'na' }),
    });
    const coaching = (await w.agent.request('GET', QUALITY_API.coaching)).body as Coaching;
    expect(coaching.agent.id).toBe(w.people.agent.id);
    expect(coaching.reviews).toBe(1);
    const closing = coaching.weakest.find((item) => item.category === 'closing');
    expect(closing?.examples[0]).toMatchObject({ conversationId: w.conversationId, value: 0 });
    expect(coaching.trend.at(-1)?.reviews).toBe(1);
    // Closing week by week: the reviewer's 0 and the automatic rating of the same conversation.
    expect(coaching.categoryTrend).toContainEqual(
      expect.objectContaining({ week: '2026-11-23', category: 'closing', count: 2 }),
    );
    expect((await w.agent.request('GET', `${QUALITY_API.coaching}?agent=${w.people.lead.id}`)).status).toBe(403);
  });
});
