import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from './browser';
import { startE2EServer } from './server';

const ADMIN = { email: 'admin@demo.sincere.local', password: 'sincere-demo' };

describe.skipIf(!chromiumPath())('settings in the browser', () => {
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

  /** A fresh browser profile in English, as a first-time visitor would have. */
  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-US' });
    return context.newPage();
  }

  async function signIn(page: Page, email: string, password: string): Promise<void> {
    await page.goto(`${server.baseUrl}/`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Inbox' }).waitFor();
  }

  it('lets an admin invite an agent who then joins with the link and works in Russian', async () => {
    const admin = await newPage();
    await signIn(admin, ADMIN.email, ADMIN.password);

    await admin.getByRole('link', { name: 'Settings' }).click();
    await admin.getByRole('link', { name: 'Users' }).click();
    await admin.getByRole('heading', { name: 'Users' }).waitFor();

    const email = `agent-${Date.now()}@example.com`;
    await admin.getByLabel('Email').fill(email);
    await admin.getByLabel('Name', { exact: true }).fill('Test Agent');
    await admin.getByLabel('Role', { exact: true }).selectOption('agent');
    await admin.getByRole('button', { name: 'Send invitation' }).click();

    const row = admin.getByRole('row').filter({ hasText: email });
    await row.getByText('Invited', { exact: true }).waitFor();
    const inviteUrl = await admin.getByLabel('Invitation link').inputValue();
    expect(inviteUrl).toMatch(/\/invite\/[^/]+$/);

    // Someone else's browser: no admin cookie.
    const agent = await newPage();
    await agent.goto(new URL(new URL(inviteUrl).pathname, server.baseUrl).toString());
    await agent.getByText(email).waitFor();
    await agent.getByLabel('Password', { exact: true }).fill('a long agent passphrase');
    await agent.getByLabel('Repeat password').fill('a long agent passphrase');
    await agent.getByRole('button', { name: 'Create account' }).click();

    const currentUser = agent.getByTestId('current-user');
    await currentUser.getByText('Test Agent').waitFor();
    await currentUser.getByText('Agent', { exact: true }).waitFor();
    expect(new URL(agent.url()).pathname).toBe('/inbox');

    await agent.getByLabel('Language').selectOption('ru');
    await agent.getByRole('link', { name: 'Входящие' }).waitFor();
    expect(await agent.getByRole('link', { name: 'Настройки' }).isVisible()).toBe(true);

    // The choice is saved to the user, not just this tab.
    await agent.reload();
    await agent.getByRole('button', { name: 'Выйти' }).waitFor();

    // Back in the admin's list the agent is now active.
    await admin.reload();
    await admin.getByRole('row').filter({ hasText: email }).getByText('Active', { exact: true }).waitFor();
  });
});
