import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from './browser';
import { DEMO_ADMIN, openSettingsSection, signInPage } from './demo-people';
import { startE2EServer } from './server';

describe.skipIf(!chromiumPath())('culture and calendar settings in the browser', () => {
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

  it('lets an admin change the Indonesian profile’s default honorific, then restore Sincere’s version', async () => {
    const admin = await signInPage(browser, server.baseUrl, DEMO_ADMIN);
    await openSettingsSection(admin, 'Culture');
    const row = admin.getByRole('row').filter({ has: admin.getByRole('cell', { name: 'id', exact: true }) });
    expect(await row.getByRole('cell', { name: 'Kak', exact: true }).count()).toBe(1);
    await row.getByRole('button', { name: 'Edit' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: 'Default, honorific 3' }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText('Changed', { exact: true }).waitFor();
    const changed = await row.textContent();
    expect(changed).not.toMatch(/\bKak\b/);

    // Back to Sincere's version, which proposes "Kak" again: the shared demo workspace is left as found.
    await row.getByRole('button', { name: 'Edit' }).click();
    await dialog.getByRole('button', { name: 'Restore Sincere’s version' }).click();
    await admin
      .getByRole('dialog', { name: 'Restore Sincere’s version?' })
      .getByRole('button', { name: 'Restore' })
      .click();
    await row.getByRole('cell', { name: 'Kak', exact: true }).waitFor();
    expect(await row.getByText('Changed', { exact: true }).count()).toBe(0);
  });

  it('shows Ramadan 2027 in Indonesia as a quiet period ±1 day, and lets an admin add and remove a day', async () => {
    const admin = await signInPage(browser, server.baseUrl, DEMO_ADMIN);
    await openSettingsSection(admin, 'Calendar');
    await admin.getByLabel('Country').selectOption('ID');
    const year = new Date().getUTCFullYear();
    for (let shown = year; shown < 2027; shown++) {
      await admin.getByRole('button', { name: `Next year, ${shown + 1}` }).click();
    }
    await admin.getByRole('heading', { name: 'Indonesia, 2027' }).waitFor();
    const ramadan = admin.getByRole('row').filter({ hasText: 'Ramadan' }).first();
    await ramadan.getByText('Quiet period').waitFor();
    expect(await ramadan.textContent()).toContain('±1 day');
    expect(await admin.getByText(/date-holidays/).count()).toBeGreaterThan(0);

    const name = `Company retreat ${Date.now()}`;
    await admin.getByRole('button', { name: 'Add a day' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('From').fill('2027-03-01');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    const added = admin.getByRole('row').filter({ hasText: name });
    await added.getByText('Yours').waitFor();
    await added.getByRole('button', { name: 'Remove' }).click();
    await admin.getByRole('dialog', { name: 'Remove this day?' }).getByRole('button', { name: 'Remove' }).click();
    await added.waitFor({ state: 'detached' });
  });
});
