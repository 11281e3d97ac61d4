import { API, ConversationDetail } from '@sincere/contracts';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from './browser';
import { startE2EServer } from './server';
import { createApiToken, signInPage } from './demo-people';

const DIEGO = { email: 'diego@demo.sincere.local', name: 'Diego Fernández' };
const DEWI = { email: 'dewi@demo.sincere.local', name: 'Dewi Lestari' };

/** The text as read, without the invisible marks that keep a right-to-left name from reordering a sentence. */
const textOf = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/[\u2068\u2069]/g, '');

describe.skipIf(!chromiumPath())('the collision warning in the browser', () => {
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

  /** A customer writes in through the API, as an integration would. */
  async function openConversation(customer: string): Promise<string> {
    const secret = await createApiToken(server.baseUrl, 'Collision test');
    const created = await fetch(`${server.baseUrl}${API.conversations}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({
        customer: { name: customer, email: `collision-${Date.now()}@example.com`, locale: 'en' },
        language: 'en',
        subject: 'Refund',
        message: { body: 'I was charged twice for my order.' },
      }),
    });
    expect(created.status).toBe(201);
    return ConversationDetail.parse(await created.json()).id;
  }

  async function open(page: Page, conversationId: string, customer: string): Promise<void> {
    await page.goto(`${server.baseUrl}/inbox/${conversationId}?view=all`);
    await page.getByRole('article').getByRole('heading', { name: customer }).waitFor();
  }

  it('shows an agent who is viewing and typing a reply to a colleague in the same conversation, and warns before a double reply', async () => {
    const customer = `Sam Double ${Date.now()}`;
    const conversationId = await openConversation(customer);
    const diego = await signIn(DIEGO.email);
    const dewi = await signIn(DEWI.email);
    await open(diego, conversationId, customer);
    await open(dewi, conversationId, customer);

    const present = dewi.getByTestId('conversation-activity');
    const warning = dewi.getByTestId('collision-warning');
    expect(await present.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => textOf(present)).toContain(`${DIEGO.name} is viewing`);
    // Dewi sees Diego, and Diego sees Dewi, but nobody sees themself.
    const diegoSees = diego.getByTestId('conversation-activity');
    await expect.poll(() => textOf(diegoSees)).toContain(`${DEWI.name} is viewing`);
    expect(await textOf(diegoSees)).not.toContain(DIEGO.name);

    // Diego starts a reply (r, then type): Dewi sees it in the pane and above her own composer.
    await diego.keyboard.press('r');
    const diegoReply = diego.getByRole('textbox', { name: 'Reply to the customer' });
    await expect.poll(() => diegoReply.evaluate((element) => element === document.activeElement)).toBe(true);
    await diego.keyboard.type('Sorry about that, Sam — ');
    await expect.poll(() => textOf(present)).toContain(`${DIEGO.name} is typing a reply…`);
    await expect.poll(() => textOf(warning)).toContain(`${DIEGO.name} is also typing a reply`);

    // Dewi writes too; Diego sends first.
    const dewiReply = dewi.getByRole('textbox', { name: 'Reply to the customer' });
    await dewiReply.fill('Hi Sam, I can see the second charge.');
    await diego.keyboard.type('the refund is on its way.');
    await diego.keyboard.press('Control+Enter');
    await expect.poll(() => diegoReply.inputValue()).toBe('');

    await expect
      .poll(() => textOf(warning))
      .toContain(`${DIEGO.name} replied while you were writing — review before sending.`);
    await dewi.getByRole('article').getByText('the refund is on its way.').waitFor();
    // Diego has stopped typing: he is back to viewing.
    await expect.poll(() => textOf(present)).toContain(`${DIEGO.name} is viewing`);

    // The warning does not block: Dewi acknowledges it with the keyboard, and can still send.
    await dewi.getByRole('button', { name: 'Got it' }).focus();
    await dewi.keyboard.press('Enter');
    await expect.poll(() => textOf(warning)).toBe('');
    await dewiReply.focus();
    await dewi.keyboard.press('Control+Enter');
    // In the messages, not the composer: the sent text can still be in it when the socket delivers the message.
    await dewi.getByRole('list', { name: 'Messages' }).getByText('I can see the second charge.').waitFor();
    await expect.poll(() => dewiReply.inputValue()).toBe('');

    // Diego leaves the conversation: Dewi no longer sees him there.
    await diego.goto(`${server.baseUrl}/inbox?view=all`);
    await expect.poll(() => textOf(present)).toBe('');
  });
});
