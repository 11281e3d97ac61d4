import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from './browser';
import { startE2EServer } from './server';
import { DEMO_ADMIN, signInPage } from './demo-people';

const ADMIN = DEMO_ADMIN;
const MARIA = { email: 'maria@demo.sincere.local', name: 'Мария Иванова' };

describe.skipIf(!chromiumPath())('shared inbox settings in the browser', () => {
  let server: Awaited<ReturnType<typeof startE2EServer>>;
  let browser: Browser;
  // Made by the first test, read by the second.
  const stamp = Date.now() % 1_000_000;
  const policyName = `Night shift ${stamp}`;
  const teamName = `Night team ${stamp}`;
  const macroName = `Refund ${stamp}`;
  const shortcut = `refund${stamp}`;

  beforeAll(async () => {
    server = await startE2EServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signIn = (email: string): Promise<Page> => signInPage(browser, server.baseUrl, email);

  async function openSection(page: Page, link: string, heading: string): Promise<void> {
    await page
      .getByRole('navigation', { name: /Settings sections|Разделы настроек/ })
      .getByRole('link', { name: link })
      .click();
    await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
  }

  const rowOf = (page: Page, name: string): Locator => page.getByRole('row').filter({ hasText: name });

  it('lets an admin set up an SLA policy with night hours, a round-robin team and a shared macro that stay after a reload', async () => {
    const admin = await signIn(ADMIN);
    await admin.getByRole('link', { name: 'Settings' }).click();

    // An SLA policy counted in Moscow business hours, with a Friday night block past midnight.
    await openSection(admin, 'SLA policies', 'SLA policies');
    await admin.getByRole('button', { name: 'New SLA policy' }).click();
    const policyDialog = admin.getByRole('dialog', { name: 'New SLA policy' });
    await policyDialog.getByLabel('Policy name').fill(policyName);
    const urgentReply = policyDialog.getByRole('group', { name: 'Urgent' }).getByRole('group', { name: 'First reply' });
    await urgentReply.getByLabel('Minutes').fill('30');
    const normalResolution = policyDialog
      .getByRole('group', { name: 'Normal', exact: true })
      .getByRole('group', { name: 'Resolution' });
    await normalResolution.getByLabel('Hours').fill('8');
    await normalResolution.getByText('= 8 hr').waitFor();
    await policyDialog.getByLabel('Time zone').fill('Europe/Moscow');
    const friday = policyDialog.getByRole('group', { name: 'Friday' });
    await friday.getByRole('button', { name: 'Add hours to Friday' }).click();
    await friday.getByLabel('Friday, block 2: opens').fill('22:00');
    await friday.getByLabel('Friday, block 2: closes').fill('06:00');
    await friday.getByText('until Saturday').waitFor();
    // Enter in the date field adds the holiday rather than submitting the policy.
    await policyDialog.getByLabel('Holiday date').fill('2030-01-01');
    await policyDialog.getByLabel('Holiday date').press('Enter');
    await policyDialog.getByRole('button', { name: /^Remove holiday .*2030/ }).waitFor();
    expect(await policyDialog.isVisible()).toBe(true);
    // Enter in a text field submits the form.
    await policyDialog.getByLabel('Policy name').press('Enter');
    await policyDialog.waitFor({ state: 'hidden' });
    const policyRow = rowOf(admin, policyName);
    await policyRow.getByText(/Business hours, Europe\/Moscow: .* a week/).waitFor();
    await policyRow.getByText('first reply 30 min').waitFor();

    // A round-robin team measured by that policy, with two agents.
    await openSection(admin, 'Teams', 'Teams');
    await admin.getByRole('button', { name: 'New team' }).click();
    const teamDialog = admin.getByRole('dialog');
    await teamDialog.getByLabel('Team name').fill(teamName);
    await teamDialog.getByRole('radio', { name: /^Round robin/ }).check();
    await teamDialog.getByLabel('SLA policy').selectOption({ label: policyName });
    await teamDialog.getByRole('button', { name: 'Create team' }).click();
    // Once created, the same dialog goes on to the members.
    await teamDialog.getByRole('heading', { name: `Edit team "${teamName}"` }).waitFor();
    const members = teamDialog.getByRole('list', { name: `Members of ${teamName}` });
    for (const agent of ['Diego Fernández', 'Dewi Lestari']) {
      await teamDialog.getByLabel('Add a member').selectOption({ label: `${agent} — Agent` });
      await teamDialog.getByRole('button', { name: 'Add', exact: true }).click();
      await members.getByRole('listitem').filter({ hasText: agent }).waitFor();
    }
    await admin.keyboard.press('Escape');
    await teamDialog.waitFor({ state: 'hidden' });
    const teamRow = rowOf(admin, teamName);
    await teamRow.getByText('Round robin').waitFor();
    await teamRow.getByText(policyName).waitFor();

    // A shared macro with a shortcut and a Russian variant, previewed with sample values.
    await openSection(admin, 'Macros', 'Macros');
    await admin.getByRole('button', { name: 'New macro' }).click();
    const macroDialog = admin.getByRole('dialog', { name: 'New macro' });
    await macroDialog.getByLabel('Name', { exact: true }).fill(macroName);
    await macroDialog.getByLabel('Shortcut').fill(`/${shortcut}`);
    await macroDialog.getByRole('radio', { name: /^Shared/ }).check();
    await macroDialog.getByLabel('Text: Default').fill('Hello {{customer.first_name}}, your refund is on its way.');
    await expect
      .poll(() => macroDialog.getByTestId('macro-preview').textContent())
      .toBe('Hello Olga, your refund is on its way.');
    await macroDialog.getByLabel('New language').fill('ru');
    await macroDialog.getByLabel('New language').press('Enter');
    const russian = macroDialog.getByLabel('Text: Russian (ru)');
    await russian.fill('Здравствуйте, {{customer.first_name}}! Деньги уже в пути.');
    await expect
      .poll(() => macroDialog.getByTestId('macro-preview').textContent())
      .toBe('Здравствуйте, Olga! Деньги уже в пути.');
    await macroDialog.getByRole('button', { name: 'Create macro' }).click();
    await macroDialog.waitFor({ state: 'hidden' });
    await rowOf(admin, macroName).getByText(`/${shortcut}`).waitFor();

    // All three are saved, not just shown.
    await admin.reload();
    const macroRow = rowOf(admin, macroName);
    await macroRow.getByText('Shared', { exact: true }).waitFor();
    await macroRow.getByText('Default, Russian (ru)').waitFor();
    await macroRow.getByRole('button', { name: `Edit ${macroName}` }).click();
    await expect.poll(() => admin.getByLabel('Text: Russian (ru)').inputValue()).toContain('Деньги уже в пути');
    await admin.keyboard.press('Escape');

    await openSection(admin, 'Teams', 'Teams');
    await admin.reload();
    await rowOf(admin, teamName).getByText('Diego Fernández').waitFor();
    await rowOf(admin, teamName).getByText('Dewi Lestari').waitFor();
    await rowOf(admin, teamName).getByText('Round robin').waitFor();

    await openSection(admin, 'SLA policies', 'SLA policies');
    await admin.reload();
    await rowOf(admin, policyName).getByText(teamName).waitFor();
    await rowOf(admin, policyName)
      .getByRole('button', { name: `Edit ${policyName}` })
      .click();
    const saved = admin.getByRole('dialog').getByRole('group', { name: 'Friday' });
    await expect.poll(() => saved.getByLabel('Friday, block 2: opens').inputValue()).toBe('22:00');
    expect(await saved.getByLabel('Friday, block 2: closes').inputValue()).toBe('06:00');
    await saved.getByText('until Saturday').waitFor();
  });

  it('speaks Russian to a Russian agent, who reads teams and sets her status while a lead watches it live', async () => {
    const admin = await signIn(ADMIN);
    await admin.goto(`${server.baseUrl}/settings/agents`);
    const mariaRow = rowOf(admin, MARIA.name);
    await mariaRow.waitFor();

    const maria = await signIn(MARIA.email);
    await maria.getByRole('link', { name: 'Настройки' }).click();
    await openSection(maria, 'Команды', 'Команды');
    await maria.getByText('Изменять команды могут только администраторы и руководители групп.').waitFor();
    const teamRow = rowOf(maria, teamName);
    await teamRow.getByText('По очереди').waitFor();
    await teamRow.getByText('Diego Fernández').waitFor();
    expect(await maria.getByRole('columnheader', { name: 'Автоматическое назначение' }).isVisible()).toBe(true);
    expect(await maria.getByRole('button', { name: 'Новая команда' }).count()).toBe(0);

    await maria.getByLabel('Ваш статус').selectOption({ label: 'Нет на месте' });
    await mariaRow.getByText('Away').waitFor();
    await maria.reload();
    await expect.poll(() => maria.getByLabel('Ваш статус').inputValue()).toBe('away');
  });
});
