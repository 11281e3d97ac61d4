import { createHmac } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWidget } from '../apps/widget/build';
import { chromiumPath, launchBrowser } from './browser';
import { createApiToken, signInPage } from './demo-people';
import { startE2EServer } from './server';
import { createWebChannel, startHostSite } from './widget-host';

const AGENT = 'diego@demo.sincere.local';

describe.skipIf(!chromiumPath())('addressing a customer as their culture expects, in the browser', () => {
  let server: Awaited<ReturnType<typeof startE2EServer>>;
  let site: Awaited<ReturnType<typeof startHostSite>>;
  let browser: Browser;
  let identitySecret: string;

  beforeAll(async () => {
    await buildWidget();
    server = await startE2EServer();
    browser = await launchBrowser();
    site = await startHostSite(server.baseUrl);
    const token = await createApiToken(server.baseUrl, 'Etiquette widget');
    const created = await createWebChannel(server.baseUrl, token, [site.origin]);
    site.setKey(created.channel.address);
    identitySecret = created.secret ?? '';
  });

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
    await server?.stop();
  });

  it('proposes "Kak" for an Indonesian customer, remembers "Ibu", renders it in a macro and flags "kamu"', async () => {
    // Sari, signed in on the shop's Indonesian site, writes through the widget.
    const id = `sari-${Date.now()}`;
    const user = { id, name: 'Sari Wulandari', hash: createHmac('sha256', identitySecret).update(id).digest('hex') };
    const context = await browser.newContext({ locale: 'id-ID' });
    const customer = await context.newPage();
    await customer.goto(site.url(`/?locale=id&user=${encodeURIComponent(JSON.stringify(user))}`));
    await customer.getByRole('button', { name: 'Buka obrolan' }).click();
    const question = `Halo kak, pesanan saya #${id.slice(-5)} belum sampai, tolong dicek ya`;
    await customer.getByRole('textbox', { name: 'Tulis pesan…' }).fill(question);
    await customer.keyboard.press('Enter');
    await customer.getByRole('list', { name: 'Pesan' }).getByText(question).waitFor();

    // The agent opens it: "Kak Sari" is proposed above the reply.
    const agent = await signInPage(browser, server.baseUrl, AGENT);
    await agent.locator('body').press('g');
    await agent.locator('body').press('u');
    await agent
      .getByRole('list', { name: 'Conversations' })
      .getByRole('link')
      .filter({ hasText: 'Sari Wulandari' })
      .click();
    const conversation = agent.getByRole('article');
    await conversation.getByText(question).waitFor();
    const line = conversation.getByTestId('etiquette-line');
    await line.getByText('Kak Sari').waitFor();
    expect(await line.textContent()).toMatch(/Address as\W*Kak Sari\W*\(proposed\)/);
    expect(await line.textContent()).toContain('«Anda», not «kamu»');

    // Sari is a woman's name: the agent chooses "Ibu Sari", which is remembered.
    await line.getByRole('button', { name: 'Change' }).click();
    const dialog = agent.getByRole('dialog', { name: 'How to address the customer' });
    await dialog.getByRole('radio', { name: /^Ibu Sari/ }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => line.textContent()).toMatch(/Address as\W*Ibu Sari(?!\W*\(proposed)/);

    // The greeting macro renders {{address}} in Indonesian.
    const reply = agent.getByRole('textbox', { name: 'Reply to the customer' });
    await reply.focus();
    await agent.keyboard.type('/hell');
    await agent
      .getByRole('listbox', { name: 'Macros' })
      .getByRole('option', { name: /Greeting/ })
      .waitFor();
    await agent.keyboard.press('Enter');
    await expect.poll(() => reply.inputValue()).toMatch(/^Halo Ibu Sari, saya Diego dari /);

    // A draft that says "kamu" to her is flagged, with "Anda" to write instead; fixing it clears the warning.
    await reply.fill('Halo Ibu Sari, pesanan kamu sudah kami kirim hari ini.');
    const warning = conversation.getByTestId('culture-warning');
    await warning.filter({ hasText: 'Informal “you”' }).waitFor();
    expect(await warning.first().getAttribute('data-check')).toBe('informal_you');
    expect(await warning.first().textContent()).toContain('Anda');
    await reply.fill('Halo Ibu Sari, pesanan Anda sudah kami kirim hari ini.');
    await warning.first().waitFor({ state: 'detached' });
    await context.close();
  });
});
