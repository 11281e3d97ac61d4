import { API, CUSTOMER_PROFILE_API, ConversationDetail } from '@sincere/contracts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from './browser';
import { startE2EServer } from './server';
import { adminHeaders, createApiToken, signInPage } from './demo-people';

const AGENT = 'diego@demo.sincere.local';
const LEAD = 'layla@demo.sincere.local';

/** The server's clock, moved by the test: Thursday 26 November 2026, 11:02 in Moscow. */
let now = new Date('2026-11-26T08:02:00Z');

describe.skipIf(!chromiumPath())('promises in the browser', () => {
  let server: Awaited<ReturnType<typeof startE2EServer>>;
  let browser: Browser;

  beforeAll(async () => {
    // The sweep looks for reminders and broken promises every 200 ms by the moved clock.
    server = await startE2EServer({ PROMISE_SWEEP_SECONDS: '0.2' }, { clock: () => now });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signIn = (email: string): Promise<Page> => signInPage(browser, server.baseUrl, email);

  it('tracks a promise from a reply, reminds its owner before 15:30, and shows the lead it broke after', async () => {
    // A customer in Moscow asks when the plumber comes.
    const token = await createApiToken(server.baseUrl);
    const opened = await fetch(`${server.baseUrl}${API.conversations}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        customer: { name: 'Ольга Смирнова', email: `olga-${Date.now()}@example.com` },
        language: 'ru',
        message: { body: 'Здравствуйте! Когда придёт мастер? Течёт кран.' },
      }),
    });
    expect(opened.status).toBe(201);
    const conversation = ConversationDetail.parse(await opened.json());
    const profile = await fetch(`${server.baseUrl}${CUSTOMER_PROFILE_API.customer(conversation.customer.id)}`, {
      method: 'PATCH',
      headers: await adminHeaders(server.baseUrl),
      body: JSON.stringify({ timeZone: 'Europe/Moscow', country: 'RU' }),
    });
    expect(profile.status).toBe(200);

    // The agent answers with a promise; Sincere proposes tracking it, and the agent confirms.
    const agent = await signIn(AGENT);
    await agent.goto(`${server.baseUrl}/inbox/${conversation.id}`);
    const reply = agent.getByRole('textbox', { name: 'Reply to the customer' });
    await reply.fill('Ольга, специалист приедет сегодня до 15:30.');
    await agent
      .getByTestId('promise-proposal')
      .getByText(/специалист приедет/)
      .waitFor();
    await reply.press('Control+Enter');
    await agent.getByRole('list', { name: 'Messages' }).getByText('специалист приедет сегодня').waitFor();
    await agent.getByTestId('promise-proposal').getByRole('button', { name: 'Track' }).click();
    const promise = agent.getByTestId('conversation-promises').getByTestId('promise-item');
    await expect.poll(() => promise.getAttribute('data-status')).toBe('open');

    // 15:05 in Moscow: the reminder reaches the agent.
    now = new Date('2026-11-26T12:05:00Z');
    await agent.getByTestId('notification-bell').click();
    await agent.locator('.bell__item[data-kind="promise_due_soon"]').waitFor();

    // 15:31: the promise is broken, and the lead sees it among the promises due.
    now = new Date('2026-11-26T12:31:00Z');
    await expect.poll(() => promise.getAttribute('data-status'), { timeout: 10_000 }).toBe('broken');
    const lead = await signIn(LEAD);
    await lead.goto(`${server.baseUrl}/promises`);
    const row = lead.getByTestId('due-promise').filter({ hasText: 'Ольга Смирнова' });
    await expect.poll(() => row.getAttribute('data-status')).toBe('broken');
    const bell = lead.getByTestId('notification-bell');
    await bell.click();
    await lead.locator('.bell__item[data-kind="promise_broken"]').waitFor();

    // On PostgreSQL the browser tests share one demo workspace: leave the lead's bell as it was found.
    await lead.getByRole('button', { name: 'Mark all read' }).click();
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Notifications');
  });
});
