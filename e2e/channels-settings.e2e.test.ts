import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from './browser';
import { DEMO_ADMIN, openSettingsSection, signInPage } from './demo-people';
import { startE2EServer } from './server';

describe.skipIf(!chromiumPath())('channel settings in the browser', () => {
  let server: Awaited<ReturnType<typeof startE2EServer>>;
  let browser: Browser;
  const name = `Shop widget ${Date.now() % 1_000_000}`;

  beforeAll(async () => {
    server = await startE2EServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets an admin connect a chat widget, shows its embed code and identity secret once, and lists it', async () => {
    const admin = await signInPage(browser, server.baseUrl, DEMO_ADMIN);
    await openSettingsSection(admin, 'Channels');

    await admin.getByRole('button', { name: 'Connect a channel' }).click();
    const connect = admin.getByRole('dialog', { name: 'Connect a channel' });
    await connect.getByLabel('Web chat widget').check();
    await connect.getByLabel('Allowed websites').fill('https://shop.example');
    await connect.getByLabel('Require signed identity').check();
    await connect.getByLabel('Name', { exact: true }).fill(name);
    // Forms submit with Enter.
    await connect.getByLabel('Name', { exact: true }).press('Enter');

    const connected = admin.getByRole('dialog', { name: `Channel "${name}" connected` });
    const snippet = await connected.getByLabel('Embed code').inputValue();
    expect(snippet).toMatch(
      new RegExp(`^<script src="${server.baseUrl}/widget/v1/widget\\.js" data-key="(wk_[\\w-]+)" async></script>$`),
    );
    const key = /data-key="([^"]+)"/.exec(snippet)?.[1] ?? '';
    const secret = await connected.getByLabel('Identity secret').inputValue();
    expect(secret).toMatch(/^wis_[\w-]{20,}$/);
    await connected.getByText('Sincere.identify({ id, hash, name, email })').waitFor();

    // Escape closes the dialog, and the secret with it.
    await admin.keyboard.press('Escape');
    await connected.waitFor({ state: 'hidden' });
    const row = admin.getByRole('row').filter({ hasText: name });
    await row.getByText('Web chat').waitFor();
    await row.getByText(key).waitFor();
    expect(await row.getByRole('switch', { name: `"${name}" is active` }).isChecked()).toBe(true);

    // Opened again, the channel shows its embed code but never the secret.
    await row.getByRole('button', { name: `Edit ${name}` }).click();
    const edit = admin.getByRole('dialog', { name: `Edit channel "${name}"` });
    expect(await edit.getByLabel('Embed code').inputValue()).toBe(snippet);
    expect(await edit.getByLabel('Allowed websites').inputValue()).toBe('https://shop.example');
    expect(await admin.content()).not.toContain(secret);

    // Rotating gives a new secret, shown once as well.
    await edit.getByRole('button', { name: 'Rotate secret' }).click();
    await admin
      .getByRole('dialog', { name: 'Rotate the identity secret?' })
      .getByRole('button', { name: 'Rotate secret' })
      .click();
    const rotated = admin.getByRole('dialog', { name: `New identity secret for "${name}"` });
    const newSecret = await rotated.getByLabel('Identity secret').inputValue();
    expect(newSecret).toMatch(/^wis_/);
    expect(newSecret).not.toBe(secret);
    await rotated.getByRole('button', { name: 'I have copied it' }).click();

    // Switched off, it stays off after a reload.
    await row.getByRole('switch', { name: `"${name}" is active` }).uncheck();
    await row.getByText('Off', { exact: true }).waitFor();
    await admin.reload();
    await admin.getByRole('heading', { name: 'Channels', level: 2 }).waitFor();
    const reloaded = admin.getByRole('row').filter({ hasText: name });
    expect(await reloaded.getByRole('switch', { name: `"${name}" is active` }).isChecked()).toBe(false);
    expect(await admin.content()).not.toContain(newSecret);
  });

  it('lets an admin add a webhook endpoint to a private address only when allowed, shows its secret once and logs a test', async () => {
    const admin = await signInPage(browser, server.baseUrl, DEMO_ADMIN);
    await openSettingsSection(admin, 'Webhooks');
    const url = `http://127.0.0.1:9/hooks/${Date.now()}`;

    await admin.getByRole('button', { name: 'Add an endpoint' }).click();
    const create = admin.getByRole('dialog', { name: 'New webhook endpoint' });
    await create.getByLabel('URL').fill(url);
    await create.getByLabel('conversation.created').check();
    await create.getByLabel('URL').press('Enter');
    // The server refuses a private address: its reason appears on the URL field.
    // (The "Allow a private address" label matches /private/ too, so wait for the field itself.)
    const urlField = create.getByLabel('URL');
    await urlField.and(create.locator('[aria-invalid="true"]')).waitFor();
    expect(await create.locator('.field__error').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/private/)]),
    );

    await create.getByLabel('Allow a private address').check();
    await create.getByText('Only for systems you run yourself', { exact: false }).waitFor();
    await create.getByRole('button', { name: 'Add endpoint' }).click();

    const secretDialog = admin.getByRole('dialog', { name: 'Signing secret' });
    const secret = await secretDialog.getByLabel('Signing secret').inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await secretDialog.getByRole('button', { name: 'I have copied it' }).click();

    const row = admin.getByRole('row').filter({ hasText: url });
    await row.getByText('conversation.created').waitFor();
    await row.getByRole('button', { name: `Edit ${url}` }).click();
    const edit = admin.getByRole('dialog', { name: 'Webhook endpoint' });
    await edit.getByRole('button', { name: 'Send a test' }).click();
    await edit.getByRole('row').filter({ hasText: 'ping' }).first().waitFor();
    expect(await admin.content()).not.toContain(secret);
  });
});
