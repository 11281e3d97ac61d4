import { API, CSRF_HEADER, CreateApiTokenResponse, SessionResponse } from '@sincere/contracts';
import type { Browser, Page } from 'playwright-core';

/** The demo workspace's shared password and its admin (apps/server/src/modules/demo/demo-data.ts). */
export const DEMO_PASSWORD = 'sincere-demo';
export const DEMO_ADMIN = 'admin@demo.sincere.local';

/** A person signed in through the sign-in page, in a browser context of their own, as on their own computer. */
export async function signInPage(browser: Browser, baseUrl: string, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('current-user').waitFor();
  return page;
}

/** A demo person's session for API calls (cookie and CSRF header, as the web app sends them) and their user id. */
export async function demoSession(
  baseUrl: string,
  email: string,
): Promise<{ userId: string; headers: Record<string, string> }> {
  const response = await fetch(`${baseUrl}${API.signIn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((value) => value.split(';')[0])
    .join('; ');
  const { user, csrfToken } = SessionResponse.parse(await response.json());
  return { userId: user.id, headers: { cookie, [CSRF_HEADER]: csrfToken, 'content-type': 'application/json' } };
}

/** The admin's session headers for API calls. */
export async function adminHeaders(baseUrl: string): Promise<Record<string, string>> {
  return (await demoSession(baseUrl, DEMO_ADMIN)).headers;
}

/** What an integration does first: the admin creates an API token, whose secret then writes as the customer. */
export async function createApiToken(baseUrl: string, name = 'Channel'): Promise<string> {
  const created = await fetch(`${baseUrl}${API.apiTokens}`, {
    method: 'POST',
    headers: await adminHeaders(baseUrl),
    body: JSON.stringify({ name }),
  });
  if (created.status !== 201) throw new Error(`creating an API token answered ${created.status}`);
  return CreateApiTokenResponse.parse(await created.json()).secret;
}

/** From anywhere in the app, opens a settings section by its name in the navigation (English UI). */
export async function openSettingsSection(page: Page, section: string): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: section }).click();
  await page.getByRole('heading', { name: section, level: 2 }).waitFor();
}
