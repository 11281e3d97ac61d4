import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API, CONNECTOR_API, ConversationDetail } from '@sincere/contracts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from './browser';
import { startE2EServer } from './server';
import { adminHeaders, createApiToken, signInPage } from './demo-people';

const AGENT = 'diego@demo.sincere.local';

/** The company's own billing system, as a connector sees it: a plan and its renewal, and an action that extends it. */
function startBilling() {
  const calls: { method: string; url: string; body: string }[] = [];
  let renewsOn = '2026-12-01';
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      calls.push({ method: request.method ?? '', url: request.url ?? '', body });
      response.setHeader('content-type', 'application/json');
      if (request.method === 'POST' && request.url === '/extend') {
        renewsOn = '2026-12-08';
        response.end(JSON.stringify({ message: 'Extended to 8 Dec' }));
        return;
      }
      response.end(JSON.stringify({ plan: { name: 'Pro' }, renewsOn, status: 'active' }));
    });
  });
  return new Promise<{ url: string; calls: typeof calls; close: () => Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        calls,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

describe.skipIf(!chromiumPath())('the customer panel in the browser', () => {
  let server: Awaited<ReturnType<typeof startE2EServer>>;
  let browser: Browser;
  let billing: Awaited<ReturnType<typeof startBilling>>;

  beforeAll(async () => {
    server = await startE2EServer();
    browser = await launchBrowser();
    billing = await startBilling();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await billing?.close();
  });

  const signIn = (email: string): Promise<Page> => signInPage(browser, server.baseUrl, email);

  it('shows live cards, runs an action, confirms a suggested fact and asks about it at the next contact', async () => {
    const admin = await adminHeaders(server.baseUrl);
    const connector = await fetch(`${server.baseUrl}${CONNECTOR_API.connectors}`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({
        kind: 'http_get',
        name: 'Billing',
        urlTemplate: `${billing.url}/customers/{{customer.email}}`,
        allowPrivate: true,
        mapping: {
          mode: 'object',
          fields: [
            { label: 'Plan', path: 'plan.name', format: 'text' },
            { label: 'Renews', path: 'renewsOn', format: 'date' },
            { label: 'Status', path: 'status', format: 'badge', badgeTones: { active: 'good' } },
          ],
        },
        actions: [
          {
            key: 'extend',
            label: 'Extend 7 days',
            confirm: 'Extend this subscription by 7 days?',
            urlTemplate: `${billing.url}/extend`,
            bodyTemplate: { email: '{{customer.email}}' },
          },
        ],
      }),
    });
    expect(connector.status, await connector.clone().text()).toBe(201);

    // The customer writes about their dog in the first conversation.
    const token = await createApiToken(server.baseUrl);
    const email = `max-owner-${Date.now()}@example.com`;
    const name = `Maria Gomez ${Date.now()}`;
    const open = async (body: string) => {
      const response = await fetch(`${server.baseUrl}${API.conversations}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ customer: { name, email }, language: 'en', message: { body } }),
      });
      expect(response.status).toBe(201);
      return ConversationDetail.parse(await response.json());
    };
    const first = await open('Hi! My dog Max chewed the charger cable, can I order a new one?');

    const agent = await signIn(AGENT);
    await agent.goto(`${server.baseUrl}/inbox/${first.id}`);
    const panel = agent.getByRole('complementary');

    // The card comes from the billing system, its values formatted.
    const card = panel.getByRole('region', { name: 'Billing' });
    await card.getByText('Pro').waitFor();
    await card.getByText('active').waitFor();
    expect(billing.calls.some((call) => call.url === `/customers/${encodeURIComponent(email)}`)).toBe(true);

    // The action asks first, then reports what the billing system said and leaves a note in the conversation.
    await card.getByRole('button', { name: 'Extend 7 days' }).click();
    const dialog = agent.getByRole('dialog');
    await dialog.getByText('Extend this subscription by 7 days?').waitFor();
    await dialog.getByRole('button', { name: 'Extend 7 days' }).click();
    await card
      .getByRole('status')
      .getByText(/Extended to 8 Dec/)
      .waitFor();
    expect(billing.calls.filter((call) => call.url === '/extend')).toHaveLength(1);
    expect(JSON.parse(billing.calls.find((call) => call.url === '/extend')?.body ?? '{}')).toEqual({ email });
    await agent
      .getByRole('article')
      .getByText(/Extend 7 days/)
      .first()
      .waitFor();

    // Sincere noticed the dog; nothing is kept until the agent confirms it.
    const suggestion = panel.getByRole('button', { name: /^Confirm: .*dog Max/ });
    await suggestion.waitFor();
    await suggestion.click();
    await panel.getByRole('button', { name: /^Confirm: / }).waitFor({ state: 'detached' });

    // At the customer's next contact the panel asks about it.
    const second = await open('Hello again, the new cable works.');
    await agent.goto(`${server.baseUrl}/inbox/${second.id}`);
    const askAbout = agent.getByRole('complementary').getByText(/Ask about:/);
    await askAbout.waitFor();
    await agent
      .getByRole('complementary')
      .getByText(/dog Max/)
      .first()
      .waitFor();
    await agent.close();
  });
});
