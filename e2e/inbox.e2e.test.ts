import { API, ConversationDetail } from '@sincere/contracts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from './browser';
import { startE2EServer } from './server';
import { createApiToken, signInPage } from './demo-people';

const AGENT = { email: 'diego@demo.sincere.local', name: 'Diego Fernández' };

describe.skipIf(!chromiumPath())('the inbox in the browser', () => {
  let server: Awaited<ReturnType<typeof startE2EServer>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startE2EServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signIn = (email: string): Promise<Page> => signInPage(browser, server.baseUrl, email);

  it('shows a new customer message live, and lets an agent take, answer with a macro, tag, resolve and find it again', async () => {
    const token = await createApiToken(server.baseUrl);
    const agent = await signIn(AGENT.email);

    // The agent works from "Unassigned" (g then u).
    await agent.locator('body').press('g');
    await agent.locator('body').press('u');
    await agent
      .getByRole('link', { name: /^Unassigned/ })
      .and(agent.locator('[aria-current="page"]'))
      .waitFor();
    const list = agent.getByRole('list', { name: 'Conversations' });
    await list.waitFor();
    const unassignedCount = agent.getByTestId('view-count-unassigned');
    const countBefore = Number(await unassignedCount.textContent());

    const customer = `Вера Тестова ${Date.now()}`;
    const response = await fetch(`${server.baseUrl}${API.conversations}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        customer: { name: customer, email: `vera-${Date.now()}@example.com`, locale: 'ru' },
        language: 'ru',
        subject: 'Оплата',
        message: { body: 'Здравствуйте! Не могу оплатить заказ картой, помогите.' },
      }),
    });
    expect(response.status).toBe(201);
    const created = ConversationDetail.parse(await response.json());
    expect(created.assignee).toBeNull();

    // It appears without a reload, and the view's count follows.
    const row = list.getByRole('link').filter({ hasText: customer });
    await row.waitFor();
    await expect.poll(async () => Number(await unassignedCount.textContent())).toBe(countBefore + 1);

    await row.click();
    const conversation = agent.getByRole('article');
    await conversation.getByRole('heading', { name: customer }).waitFor();
    await conversation.getByText('Не могу оплатить заказ картой').waitFor();

    // a: assign to me. It leaves "Unassigned".
    await agent.keyboard.press('a');
    await agent.getByTestId('conversation-assignee').getByText(`Assigned to ${AGENT.name}`).waitFor();
    await row.waitFor({ state: 'detached' });

    // r: reply; Ctrl+Enter sends.
    await agent.keyboard.press('r');
    const reply = agent.getByRole('textbox', { name: 'Reply to the customer' });
    await expect.poll(() => reply.evaluate((element) => element === document.activeElement)).toBe(true);
    // "/hello" lists the demo's greeting macro; Enter inserts its Russian variant with the customer's name.
    await agent.keyboard.type('/hell');
    await agent
      .getByRole('listbox', { name: 'Macros' })
      .getByRole('option', { name: /Greeting/ })
      .waitFor();
    await agent.keyboard.press('Enter');
    await expect.poll(() => reply.inputValue()).toMatch(/^Здравствуйте, Вера! Меня зовут Diego/);
    await agent.keyboard.type(' Проверьте, пожалуйста, лимит по карте.');
    await agent.keyboard.press('Control+Enter');
    await conversation.getByRole('list', { name: 'Messages' }).getByText('Проверьте, пожалуйста, лимит').waitFor();
    // The message can arrive over the socket before the POST answers and the composer clears.
    await expect.poll(() => reply.inputValue()).toBe('');

    // A tag, added with Enter.
    await agent.getByRole('textbox', { name: 'Add a tag' }).fill('Billing');
    await agent.keyboard.press('Enter');
    await agent.getByRole('list', { name: 'Tags' }).getByText('billing', { exact: true }).waitFor();

    // e: resolve, once focus is out of the tag field.
    await conversation.getByRole('heading', { name: customer }).click();
    await agent.keyboard.press('e');
    await agent.getByTestId('conversation-status').getByText('Resolved', { exact: true }).waitFor();

    // /: search for another form of a word in the message ("заказ" → "заказами").
    await agent.keyboard.press('/');
    await agent.keyboard.type('заказами');
    await agent.keyboard.press('Enter');
    const hit = agent.getByRole('list', { name: 'Search results' }).getByRole('link').filter({ hasText: customer });
    await hit.waitFor();
    expect(await hit.locator('mark').first().textContent()).toBe('заказ');
    expect(await hit.getByText('Resolved', { exact: true }).count()).toBe(1);
  });
  it('rings the bell of the person a note mentions, and lets a lead transfer with a reason', async () => {
    const token = await createApiToken(server.baseUrl);
    const customer = `Pedro Gómez ${Date.now()}`;
    const response = await fetch(`${server.baseUrl}${API.conversations}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        customer: { name: customer, locale: 'es' },
        language: 'es',
        message: {
          body: 'Es **urgente**: <img src=x onerror="window.hacked=1"> [ver](javascript:alert(1))',
          format: 'markdown',
        },
      }),
    });
    expect(response.status).toBe(201);
    const { id } = ConversationDetail.parse(await response.json());

    const agent = await signIn(AGENT.email);
    const lead = await signIn('layla@demo.sincere.local');
    const bell = lead.getByTestId('notification-bell');
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Notifications');

    // Markdown from the customer: emphasis shows, HTML and script links do not.
    await agent.goto(`${server.baseUrl}/inbox/${id}`);
    const messages = agent.getByRole('article').getByRole('list', { name: 'Messages' });
    await messages.locator('strong', { hasText: 'urgente' }).waitFor();
    expect(await messages.locator('img').count()).toBe(0);
    expect(await messages.getByRole('link', { name: 'ver' }).count()).toBe(0);
    expect(await agent.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();

    // n: note; the mention reaches Layla's bell live.
    await agent.getByRole('article').getByRole('heading', { name: customer }).click();
    await agent.keyboard.press('n');
    const note = agent.getByRole('textbox', { name: 'Internal note' });
    await expect.poll(() => note.evaluate((element) => element === document.activeElement)).toBe(true);
    await agent.keyboard.type('@Layla Haddad can you approve a refund?');
    await agent.keyboard.press('Control+Enter');
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Notifications, 1 unread');

    await bell.click();
    await lead.getByRole('link', { name: /Diego Fernández mentioned you/ }).click();
    await lead.getByRole('article').getByRole('heading', { name: customer }).waitFor();
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Notifications');

    // Transfer to Dewi with a reason; the reason is kept with the assignment in the log.
    await lead.getByRole('button', { name: 'Transfer…' }).click();
    const dialog = lead.getByRole('dialog', { name: 'Transfer the conversation' });
    const owner = dialog.getByLabel('Owner');
    await owner.locator('option', { hasText: 'Dewi Lestari' }).waitFor({ state: 'attached' });
    await owner.selectOption((await owner.locator('option', { hasText: 'Dewi Lestari' }).getAttribute('value')) ?? '');
    await dialog.getByLabel('Reason (kept in the history)').fill('Habla español');
    await lead.keyboard.press('Enter');
    await lead.getByTestId('conversation-assignee').getByText('Assigned to Dewi Lestari').waitFor();
    const detail = await fetch(`${server.baseUrl}${API.conversation(id)}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const events = ConversationDetail.parse(await detail.json()).events;
    expect(events.at(-1)).toMatchObject({ type: 'conversation.assigned', data: { reason: 'Habla español' } });
  });
});
