import {
  API,
  AgentList,
  AssignmentPage,
  ConversationDetail,
  ConversationQuality,
  QUALITY_API,
  type Assignment,
  type CategoryRating,
} from '@sincere/contracts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatScore, previewScore } from '../apps/web/src/quality/score-preview';
import { chromiumPath, launchBrowser } from './browser';
import { createApiToken, demoSession, signInPage } from './demo-people';
import { startE2EServer } from './server';

const REVIEWER = 'sofia@demo.sincere.local';
const LEAD = 'layla@demo.sincere.local';
/** Agents whose UI is in English, so the test can read it; the demo's Russian agent is left out. */
const AGENTS: Record<string, string> = {
  'Diego Fernández': 'diego@demo.sincere.local',
  'Dewi Lestari': 'dewi@demo.sincere.local',
};
const DISPUTED = 'solution_offered';

type Session = Awaited<ReturnType<typeof demoSession>>;

async function call(baseUrl: string, session: Session, method: string, path: string, body?: unknown) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: session.headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response.status === 204 ? null : ((await response.json()) as unknown);
}

describe.skipIf(!chromiumPath())('quality review in the browser', () => {
  let server: Awaited<ReturnType<typeof startE2EServer>>;
  let browser: Browser;
  let lead: Session;
  /** Disputes this test opened: settled in afterAll if a failure left one open. */
  const opened: string[] = [];

  beforeAll(async () => {
    server = await startE2EServer();
    browser = await launchBrowser();
    lead = await demoSession(server.baseUrl, LEAD);
  });

  afterAll(async () => {
    for (const reviewId of opened) {
      const review = (await call(server.baseUrl, lead, 'GET', QUALITY_API.review(reviewId))) as {
        disputes: { id: string; status: string }[];
      };
      for (const dispute of review.disputes.filter((item) => item.status === 'open')) {
        await call(server.baseUrl, lead, 'POST', QUALITY_API.decideDispute(dispute.id), { decision: 'reject' });
      }
    }
    await browser?.close();
    await server?.stop();
  });

  const signIn = (email: string): Promise<Page> => signInPage(browser, server.baseUrl, email);

  /**
   * A conversation waiting in the demo reviewer's queue, about an agent who reads English. On PostgreSQL the
   * browser tests share one demo workspace, so the seeded ones may be used up: then the test makes its own.
   */
  async function pendingAssignment(reviewer: Session): Promise<Assignment> {
    const page = AssignmentPage.parse(
      await call(server.baseUrl, reviewer, 'GET', `${QUALITY_API.assignments}?reviewer=me&limit=100`),
    );
    const seeded = page.items.find((item) => !item.calibrationId && item.agent && AGENTS[item.agent.name]);
    if (seeded) return seeded;

    const token = await createApiToken(server.baseUrl, 'Quality e2e');
    const created = await fetch(`${server.baseUrl}${API.conversations}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        customer: { name: 'Sam Porter', email: `sam-${Date.now()}@example.com` },
        language: 'en',
        message: { body: 'hi, my order #4471 still says "processing" after 5 days?? can u check' },
      }),
    });
    const conversation = ConversationDetail.parse(await created.json());
    const agents = AgentList.parse(await call(server.baseUrl, lead, 'GET', API.agents));
    const diego = agents.items.find((agent) => agent.name === 'Diego Fernández');
    if (!diego) throw new Error('the demo has no Diego');
    await call(server.baseUrl, lead, 'PUT', API.conversationAssignment(conversation.id), { assigneeId: diego.id });
    const agent = await demoSession(server.baseUrl, AGENTS['Diego Fernández'] ?? '');
    await call(server.baseUrl, agent, 'POST', API.conversationMessages(conversation.id), {
      direction: 'outbound',
      body: 'Hi Sam! Sorry for the wait. The warehouse had a backlog; your order ships today and I will send you the tracking number by 5 pm. Anything else I can help with?',
    });
    await call(server.baseUrl, agent, 'PATCH', API.conversation(conversation.id), { status: 'resolved' });
    await call(server.baseUrl, lead, 'POST', QUALITY_API.assignments, {
      conversationId: conversation.id,
      reviewerId: reviewer.userId,
    });
    const again = AssignmentPage.parse(
      await call(server.baseUrl, reviewer, 'GET', `${QUALITY_API.assignments}?reviewer=me&limit=100`),
    );
    const mine = again.items.find((item) => item.conversationId === conversation.id);
    if (!mine) throw new Error('the new assignment is not in the queue');
    return mine;
  }

  it('a reviewer scores from the queue, the agent disputes a rating, the lead accepts it with a new one', async () => {
    const reviewerSession = await demoSession(server.baseUrl, REVIEWER);
    const assignment = await pendingAssignment(reviewerSession);
    const agentEmail = AGENTS[assignment.agent?.name ?? ''] ?? '';
    const quality = ConversationQuality.parse(
      await call(server.baseUrl, reviewerSession, 'GET', QUALITY_API.conversationQuality(assignment.conversationId)),
    );
    const { categories } = quality.scorecard;

    // The reviewer opens the queue and takes the conversation with the keyboard.
    const reviewer = await signIn(REVIEWER);
    await reviewer.getByRole('link', { name: 'Quality', exact: true }).click();
    await reviewer
      .getByRole('navigation', { name: 'Quality pages' })
      .getByRole('link', { name: 'Queue', exact: true })
      .click();
    const row = reviewer.locator(`[data-testid="queue-item"][data-conversation-id="${assignment.conversationId}"]`);
    await row.focus();
    await reviewer.keyboard.press('Enter');
    const form = reviewer.getByRole('form', { name: 'Scorecard' });
    await form.waitFor();

    // Every category gets its top point, the disputed one a lower point; the first category by keyboard.
    const values: Record<string, CategoryRating['value']> = {};
    for (const [index, category] of categories.entries()) {
      const fieldset = form.locator(`fieldset[data-category="${category.key}"]`);
      const points = fieldset.locator('input[type="radio"]:not([value="na"])');
      const top = (await points.count()) - 1;
      if (index === 0) {
        await points.first().focus();
        await reviewer.keyboard.press('Space');
        for (let step = 0; step < top; step += 1) await reviewer.keyboard.press('ArrowDown');
        await expect.poll(() => points.last().isChecked()).toBe(true);
      } else {
        await points.nth(category.key === DISPUTED ? 1 : top).check();
      }
      values[category.key] = category.key === DISPUTED ? 1 : top;
    }
    const expected = previewScore(categories, values);
    const live = form.getByTestId('live-score');
    await expect.poll(() => live.getAttribute('data-score')).toBe(formatScore(expected.score));

    // Ctrl+Enter in the overall comment submits; the reviewer is back at the queue without the conversation.
    await form.getByLabel('Overall comment').fill('Friendly and quick, but the fix was only half there.');
    await reviewer.keyboard.press('Control+Enter');
    await reviewer
      .getByRole('status')
      .getByText(`Review saved, score ${formatScore(expected.score)}`)
      .waitFor();
    await reviewer.getByRole('heading', { name: 'Review queue' }).waitFor();
    await expect.poll(() => row.count()).toBe(0);

    const after = ConversationQuality.parse(
      await call(server.baseUrl, lead, 'GET', QUALITY_API.conversationQuality(assignment.conversationId)),
    );
    const review = after.reviews.find(
      (item) =>
        item.reviewer?.id === reviewerSession.userId && item.kind === 'manual' && item.cycle === assignment.cycle,
    );
    if (!review) throw new Error('the review was not stored');

    // The agent finds it among their reviews and disputes the solution rating; Escape closes a dialog unsent.
    const agent = await signIn(agentEmail);
    await agent.getByRole('link', { name: 'Quality', exact: true }).click();
    await agent.getByRole('heading', { name: 'Reviews', level: 2, exact: true }).waitFor();
    await agent.locator(`[data-testid="review-row"][data-review-id="${review.id}"]`).getByRole('link').click();
    await expect
      .poll(() => agent.getByTestId('review-score').getAttribute('data-score'))
      .toBe(formatScore(review.score));
    const solutionName = categories.find((item) => item.key === DISPUTED)?.name.en ?? DISPUTED;
    const greetingName = categories[0]?.name.en ?? '';
    await agent.getByRole('button', { name: `Dispute “${greetingName}”` }).click();
    await agent.getByRole('dialog').waitFor();
    await agent.keyboard.press('Escape');
    await agent.getByRole('dialog').waitFor({ state: 'hidden' });

    await agent.getByRole('button', { name: `Dispute “${solutionName}”` }).click();
    const dialog = agent.getByRole('dialog', { name: `Dispute “${solutionName}”` });
    await dialog
      .getByLabel('Why should this rating change?')
      .fill('The customer wrote back "thx, works now", it was solved');
    opened.push(review.id);
    await agent.keyboard.press('Enter');
    await agent.getByRole('status').getByText('Dispute sent to the leads').waitFor();
    const disputeState = agent.locator(`li[data-category="${DISPUTED}"]`).getByTestId('dispute-state');
    await expect.poll(() => disputeState.getAttribute('data-status')).toBe('open');

    // The lead opens the disputes and accepts it with the top point.
    const leadPage = await signIn(LEAD);
    await leadPage.getByRole('link', { name: 'Quality', exact: true }).click();
    await leadPage.getByRole('navigation', { name: 'Quality pages' }).getByRole('link', { name: 'Disputes' }).click();
    const item = leadPage.locator(`[data-testid="dispute-item"][data-review-id="${review.id}"]`);
    await item.getByText('thx, works now').waitFor();
    const corrected = item.locator('input[type="radio"]:not([value="na"])');
    await corrected.last().check();
    const top = (await corrected.count()) - 1;
    await item.getByLabel('Comment for the agent').fill('Agreed, the customer confirmed it.');
    await item.getByRole('button', { name: 'Accept' }).click();
    await leadPage.getByRole('status').getByText('Dispute accepted: the review is re-scored').waitFor();
    await expect.poll(() => item.count()).toBe(0);

    // The agent sees the dispute settled and the review re-scored.
    const rescored = previewScore(categories, { ...values, [DISPUTED]: top });
    await agent.reload();
    await expect.poll(() => disputeState.getAttribute('data-status')).toBe('accepted');
    await disputeState.getByText(`Dispute accepted by Layla Haddad: 1 / ${top} → ${top} / ${top}`).waitFor();
    await expect
      .poll(() => agent.getByTestId('review-score').getAttribute('data-score'))
      .toBe(formatScore(rescored.score));
    expect(rescored.score).toBeGreaterThan(expected.score ?? 0);
    // Three people sign in and act in turn: more than the default minute on a busy machine.
  }, 150_000);
});
