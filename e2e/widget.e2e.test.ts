import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWidget } from '../apps/widget/build';
import { chromiumPath, launchBrowser } from './browser';
import { createApiToken, signInPage } from './demo-people';
import { startE2EServer } from './server';
import { createWebChannel, startHostSite } from './widget-host';

const AGENT = { email: 'diego@demo.sincere.local', name: 'Diego Fernández' };

describe.skipIf(!chromiumPath())('the chat widget on a customer’s website', () => {
  let server: Awaited<ReturnType<typeof startE2EServer>>;
  let site: Awaited<ReturnType<typeof startHostSite>>;
  let browser: Browser;
  let key: string;

  beforeAll(async () => {
    // The bundle as the sources are now: the server serves whatever dist holds.
    await buildWidget();
    server = await startE2EServer();
    browser = await launchBrowser();
    site = await startHostSite(server.baseUrl);
    const token = await createApiToken(server.baseUrl, 'Widget setup');
    const created = await createWebChannel(server.baseUrl, token, [site.origin]);
    key = created.channel.address;
    site.setKey(key);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
    await server?.stop();
  });

  async function customerPage(locale?: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(site.url(locale ? `/?locale=${locale}` : '/'));
    return page;
  }

  it('lets a visitor write, an agent answer in the inbox, and the visitor see it live, on a hostile page', async () => {
    const customer = await customerPage();
    const launcher = customer.getByRole('button', { name: 'Open chat' });
    await launcher.waitFor();
    // The page hides its own buttons and paints everything red at 40px; the widget's stay as they were.
    expect(await customer.locator('#buy').isVisible()).toBe(false);
    expect(await launcher.isVisible()).toBe(true);

    // Keyboard: Tab reaches the launcher, Enter opens the panel with the composer focused.
    await launcher.focus();
    await customer.keyboard.press('Enter');
    const composer = customer.getByRole('textbox', { name: 'Write a message…' });
    await expect
      .poll(() => composer.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement))
      .toBe(true);
    const question = `Where is my order #${Date.now()}?`;
    await customer.keyboard.type(question);
    await customer.keyboard.press('Enter');
    const messages = customer.getByRole('list', { name: 'Messages' });
    const mine = messages.getByText(question);
    await mine.waitFor();
    await expect.poll(() => mine.evaluate((element) => element.closest('li')?.className ?? '')).toMatch(/sent/);

    const style = await mine.evaluate((element) => {
      const computed = getComputedStyle(element.closest('li') ?? element);
      return { color: computed.color, fontSize: computed.fontSize, letterSpacing: computed.letterSpacing };
    });
    expect(style.fontSize).toBe('14px');
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(style.letterSpacing).toBe('normal');

    // The visitor's name in the inbox comes from their token, kept by their browser.
    const visitorToken = await customer.evaluate(
      (widgetKey) => localStorage.getItem(`sincere:${widgetKey}:visitor`),
      key,
    );
    expect(visitorToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const visitorName = `Visitor ${createHash('sha256')
      .update(visitorToken ?? '')
      .digest('hex')
      .slice(0, 6)}`;

    // The agent finds it in Unassigned and opens it.
    const agent = await signInPage(browser, server.baseUrl, AGENT.email);
    await agent.locator('body').press('g');
    await agent.locator('body').press('u');
    const row = agent.getByRole('list', { name: 'Conversations' }).getByRole('link').filter({ hasText: visitorName });
    await row.click();
    const conversation = agent.getByRole('article');
    await conversation.getByText(question).waitFor();

    // The visitor types: the agent sees it.
    await composer.fill('one more detail');
    // The name is wrapped in bidi isolates (U+2068…U+2069).
    await agent
      .getByTestId('conversation-activity')
      .getByText(new RegExp(`${visitorName}\\W* is typing a reply`))
      .waitFor();
    await composer.fill('');

    // The agent writes: the visitor sees them typing, then the answer, without reloading.
    await conversation.getByRole('heading', { name: visitorName }).click();
    await agent.keyboard.press('r');
    const reply = agent.getByRole('textbox', { name: 'Reply to the customer' });
    await expect.poll(() => reply.evaluate((element) => element === document.activeElement)).toBe(true);
    await agent.keyboard.type('It ships tomorrow morning.');
    await customer.getByText(`${AGENT.name} is typing…`).waitFor();
    await agent.keyboard.press('Control+Enter');
    const answer = messages.getByText('It ships tomorrow morning.');
    await answer.waitFor();
    expect(await messages.getByText(AGENT.name).count()).toBe(1);

    // Escape closes the panel; focus goes back to the launcher.
    await composer.focus();
    await customer.keyboard.press('Escape');
    await expect.poll(() => composer.isVisible()).toBe(false);

    // Back on the site later: the conversation is there.
    await customer.reload();
    await customer.getByRole('button', { name: 'Open chat' }).click();
    await messages.getByText(question).waitFor();
    await messages.getByText('It ships tomorrow morning.').waitFor();
  });

  it('speaks Arabic right to left when the page asks for it', async () => {
    const page = await customerPage('ar');
    const launcher = page.getByRole('button', { name: 'افتح المحادثة' });
    await launcher.click();
    await page.getByRole('heading', { name: 'تحدث معنا' }).waitFor();
    const direction = await page.evaluate(() => {
      const root = document.querySelector('sincere-chat')?.shadowRoot?.querySelector('.root');
      return root ? getComputedStyle(root).direction : null;
    });
    expect(direction).toBe('rtl');
    expect(await page.getByRole('textbox', { name: 'اكتب رسالة…' }).isVisible()).toBe(true);
  });
});
