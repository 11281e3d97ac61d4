import type { AddressInfo } from 'node:net';
import { crc32, deflateSync } from 'node:zlib';
import { API, ConversationDetail } from '@sincere/contracts';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import type { Browser, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from './browser';
import { startE2EServer } from './server';
import { createApiToken, DEMO_ADMIN, signInPage } from './demo-people';

const ADMIN = DEMO_ADMIN;
const AGENT = 'diego@demo.sincere.local';

/** A real PNG (RGB, a gradient) so the browser has something to decode and show. */
function gradientPng(width: number, height: number): Buffer {
  const rows: number[] = [];
  for (let y = 0; y < height; y += 1) {
    rows.push(0);
    for (let x = 0; x < width; x += 1) rows.push((x * 255) / width, (y * 255) / height, 160);
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe.skipIf(!chromiumPath())('attachments, split, merge and forward in the browser', () => {
  let server: Awaited<ReturnType<typeof startE2EServer>>;
  let browser: Browser;
  let token: string;
  /** An SMTP server in this process: the e2e server's outgoing mail lands here. */
  const received: ParsedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    server = await startE2EServer({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: 'Sincere Support <support@sincere.test>',
      // Small, so that a file over the limit is quick to send.
      SINCERE_MAX_ATTACHMENT_MB: '1',
    });
    browser = await launchBrowser();
    token = await createApiToken(server.baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  const signIn = (email: string): Promise<Page> => signInPage(browser, server.baseUrl, email);

  /** What a channel does: a customer's first message opens a conversation, later ones join it. */
  async function customerWrites(
    customer: { name: string; email: string } | { id: string },
    subject: string,
    ...bodies: string[]
  ): Promise<ConversationDetail> {
    const [first, ...rest] = bodies;
    const opened = await fetch(`${server.baseUrl}${API.conversations}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ customer, subject, message: { body: first } }),
    });
    expect(opened.status).toBe(201);
    const detail = ConversationDetail.parse(await opened.json());
    for (const body of rest) {
      const added = await fetch(`${server.baseUrl}${API.conversationMessages(detail.id)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ direction: 'inbound', body }),
      });
      expect(added.status).toBe(201);
    }
    return detail;
  }

  async function open(page: Page, conversationId: string, customerName: string) {
    await page.goto(`${server.baseUrl}/inbox/${conversationId}?view=all`);
    await page.getByRole('article').getByRole('heading', { name: customerName }).waitFor();
    return page.getByRole('article');
  }

  const uniqueCustomer = (name: string) => {
    const stamp = `${Date.now()}-${Math.round(Math.random() * 1e6)}`;
    return { name: `${name} ${stamp}`, email: `customer-${stamp}@example.com` };
  };

  it('uploads files with progress, sends them with a reply, and shows a thumbnail and a download', async () => {
    const customer = uniqueCustomer('Ольга Файлова');
    const { id } = await customerWrites(customer, 'Чек', 'Пришлите, пожалуйста, чек и выписку.');
    const agent = await signIn(AGENT);
    const conversation = await open(agent, id, customer.name);

    const chart = gradientPng(96, 64);
    // Large enough, on a slowed uplink, for the progress bar to be seen moving.
    const statement = Buffer.from('Statement line; '.repeat(40_000).slice(0, 600_000), 'utf8');
    const cdp = await agent.context().newCDPSession(agent);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 300 * 1024,
    });

    // The file input sits behind a labelled button.
    await conversation.getByRole('button', { name: 'Attach files' }).waitFor();
    await conversation.locator('input[type="file"][multiple]').setInputFiles([
      { name: 'chart.png', mimeType: 'image/png', buffer: chart },
      { name: 'statement.txt', mimeType: 'text/plain', buffer: statement },
    ]);
    const pending = conversation.getByRole('list', { name: 'Files to send' });
    await pending.getByText('chart.png').waitFor();
    await pending.getByText('586 kB').waitFor();
    const bar = pending.getByRole('progressbar', { name: 'Uploading statement.txt' });
    await expect.poll(async () => Number((await bar.getAttribute('value')) ?? 0)).toBeGreaterThan(0);

    // Sent while the large file is still on its way: sending waits for it.
    await conversation.getByRole('textbox', { name: 'Reply to the customer' }).fill('Чек и выписка во вложении.');
    await conversation.getByRole('button', { name: 'Send reply' }).click();
    await conversation.getByRole('button', { name: 'Finishing uploads…' }).waitFor();
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });

    const reply = conversation
      .getByRole('list', { name: 'Messages' })
      .getByRole('listitem')
      .filter({ hasText: 'Чек и выписка во вложении.' });
    await reply.waitFor();
    await pending.waitFor({ state: 'detached' });

    // The image shows (same origin, allowed by the page's CSP) with its name as alt text.
    const thumbnail = reply.getByRole('img', { name: 'chart.png' });
    await expect.poll(() => thumbnail.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBe(96);
    const statementLink = reply.getByRole('link', { name: 'statement.txt' });
    expect(await statementLink.getAttribute('download')).toBe('statement.txt');

    // Each file comes back byte for byte, fetched as the page would.
    const bytesAt = (href: string | null) =>
      agent.evaluate(async (url) => {
        const response = await fetch(url ?? '');
        return [...new Uint8Array(await response.arrayBuffer())];
      }, href);
    expect(Buffer.from(await bytesAt(await thumbnail.getAttribute('src'))).equals(chart)).toBe(true);

    // And as a download from the link.
    const [download] = await Promise.all([agent.waitForEvent('download'), statementLink.click()]);
    expect(download.suggestedFilename()).toBe('statement.txt');
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(statement)).toBe(true);
  });

  it('refuses a file over the limit, and sends a note of files alone', async () => {
    const customer = uniqueCustomer('Budi Santoso');
    const { id } = await customerWrites(customer, 'Invoice', 'Where is my invoice?');
    const agent = await signIn(AGENT);
    const conversation = await open(agent, id, customer.name);

    await conversation.getByRole('tab', { name: 'Note' }).click();
    const input = conversation.locator('input[type="file"]');
    await input.setInputFiles({
      name: 'video.mp4',
      mimeType: 'video/mp4',
      buffer: Buffer.alloc(1024 * 1024 + 1, 1),
    });
    const pending = conversation.getByRole('list', { name: 'Files to send' });
    // Refused before uploading, naming the server's limit (SINCERE_MAX_ATTACHMENT_MB=1 here).
    await pending.getByText(/^This file is larger than the limit of 1(\.0)? MB\.$/).waitFor();
    await conversation.getByRole('button', { name: 'Add note' }).click();
    await conversation
      .getByText('Some files did not upload. Remove them, or attach them again, before sending.')
      .waitFor();

    await pending.getByRole('button', { name: 'Remove video.mp4' }).click();
    await pending.waitFor({ state: 'detached' });
    // Focus goes back to the text rather than being lost with the removed row.
    await expect
      .poll(() =>
        conversation.getByRole('textbox', { name: 'Internal note' }).evaluate((el) => el === document.activeElement),
      )
      .toBe(true);

    await input.setInputFiles({ name: 'invoice.txt', mimeType: 'text/plain', buffer: Buffer.from('Invoice 1042') });
    await pending.getByText('Uploaded').waitFor();
    await agent.keyboard.press('Control+Enter');
    const note = conversation.getByRole('list', { name: 'Messages' }).locator('.message--note');
    await note.getByRole('link', { name: 'invoice.txt' }).waitFor();
    await note.getByText('12 bytes').waitFor();
  });

  it('splits a customer message off into a new conversation, which the source drops live', async () => {
    const customer = uniqueCustomer('Layla Haddad');
    const source = await customerWrites(
      customer,
      'Order 1042',
      'My order 1042 has not arrived.',
      'Also, can I change my delivery address for next time?',
    );
    const agent = await signIn(AGENT);
    const watcher = await signIn(ADMIN);
    const conversation = await open(agent, source.id, customer.name);
    const watched = await open(watcher, source.id, customer.name);
    const second = 'Also, can I change my delivery address';
    await watched.getByText(second).waitFor();

    // The action is reachable from the keyboard on the message itself.
    const message = conversation.getByRole('listitem').filter({ hasText: second });
    await message.getByRole('button', { name: 'Split into new conversation' }).focus();
    await agent.keyboard.press('Enter');
    const dialog = agent.getByRole('dialog', { name: 'Split into a new conversation' });
    await dialog.getByLabel('Subject of the new conversation').fill('Delivery address');
    await agent.keyboard.press('Enter');

    await expect.poll(() => new URL(agent.url()).pathname).not.toBe(`/inbox/${source.id}`);
    await conversation.getByText('Delivery address', { exact: true }).waitFor();
    await conversation.getByText(second).waitFor();
    expect(await conversation.getByText('has not arrived').count()).toBe(0);
    expect(new URL(agent.url()).searchParams.get('view')).toBe('all');

    // The colleague still reading the source sees the message leave, without a reload.
    await watched.getByText(second).waitFor({ state: 'detached' });
    await watched.getByText('My order 1042 has not arrived.').waitFor();
  });

  it('merges a conversation into another of the same customer and marks it merged', async () => {
    const customer = uniqueCustomer('Dewi Pratiwi');
    const target = await customerWrites(customer, 'Refund for order 77', 'I would like a refund for order 77.');
    const source = await customerWrites({ id: target.customer.id }, 'Refund again', 'Any news on my refund?');
    const agent = await signIn(AGENT);
    const conversation = await open(agent, source.id, customer.name);

    await conversation.getByRole('button', { name: 'More' }).click();
    await conversation.getByRole('button', { name: 'Merge into…' }).click();
    const dialog = agent.getByRole('dialog', { name: 'Merge into another conversation' });
    const choice = dialog.getByRole('radio', { name: /Refund for order 77/ });
    await choice.check();
    expect(await dialog.getByRole('radio').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();

    await expect.poll(() => new URL(agent.url()).pathname).toBe(`/inbox/${target.id}`);
    await conversation.getByText('Any news on my refund?').waitFor();
    await conversation.getByText('I would like a refund for order 77.').waitFor();

    // The merged one says where it went, and nothing in it can be changed any more.
    await open(agent, source.id, customer.name);
    // The subject is wrapped in Unicode isolates (U+2068…U+2069) for right-to-left subjects.
    await conversation.getByText(/^This conversation was merged into “\u2068Refund for order 77\u2069”\.$/).waitFor();
    expect(await conversation.getByRole('button', { name: 'Reopen' }).isDisabled()).toBe(true);
    expect(await conversation.getByRole('button', { name: 'More' }).isDisabled()).toBe(true);
    expect(await conversation.getByRole('textbox', { name: 'Reply to the customer' }).count()).toBe(0);
    await conversation.getByRole('link', { name: 'Open it' }).click();
    await expect.poll(() => new URL(agent.url()).pathname).toBe(`/inbox/${target.id}`);
  });

  it('forwards a conversation by email, checking the addresses and saying why when mail is off', async () => {
    const customer = uniqueCustomer('Carlos Ruiz');
    const { id } = await customerWrites(customer, 'Broken blender', 'The blender broke after two days.');
    const agent = await signIn(AGENT);
    const conversation = await open(agent, id, customer.name);

    // From the keyboard: More, Tab to "Forward by email…", Enter; Escape closes the dialog and focus returns to More.
    const more = conversation.getByRole('button', { name: 'More' });
    await more.focus();
    await agent.keyboard.press('Enter');
    await agent.keyboard.press('Tab');
    await agent.keyboard.press('Tab');
    await agent.keyboard.press('Enter');
    const dialog = agent.getByRole('dialog', { name: 'Forward by email' });
    await expect
      .poll(() => dialog.getByLabel('To').evaluate((element) => element === document.activeElement))
      .toBe(true);
    await agent.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => more.evaluate((element) => element === document.activeElement)).toBe(true);

    await more.click();
    await conversation.getByRole('button', { name: 'Forward by email…' }).click();
    await dialog.getByLabel('To').fill('partner@example.com bob@');
    await agent.keyboard.press('Enter');
    await dialog.getByText('“bob@” is not a valid email address.').waitFor();

    // A server without outgoing mail answers 409: its reason shows in the dialog.
    const offMessage = 'Outgoing mail is not set up on this server (SMTP_URL), so forwarding is off';
    await agent.route(`**${API.conversationForward(id)}`, (route) =>
      route.fulfill({
        status: 409,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'conflict', message: offMessage } }),
      }),
    );
    await dialog.getByLabel('To').fill('partner@example.com, ops@example.com');
    await dialog.getByRole('button', { name: 'Forward', exact: true }).click();
    await dialog.getByText(offMessage).waitFor();
    await agent.unroute(`**${API.conversationForward(id)}`);

    // This server has mail: the transcript goes out.
    await dialog.getByLabel('Comment').fill('Please check the warranty.');
    await dialog.getByRole('checkbox', { name: 'Include internal notes' }).check();
    await dialog.getByRole('button', { name: 'Forward', exact: true }).click();
    await agent.getByText('Forwarding to partner@example.com, ops@example.com…').waitFor();
    await dialog.waitFor({ state: 'hidden' });

    await expect.poll(() => received.length, { timeout: 20_000 }).toBe(1);
    const mail = received[0];
    const recipients: AddressObject | AddressObject[] = mail?.to ?? [];
    const addresses = (Array.isArray(recipients) ? recipients : [recipients]).flatMap((entry) =>
      entry.value.map((address) => address.address),
    );
    expect(addresses.sort()).toEqual(['ops@example.com', 'partner@example.com']);
    expect(mail?.text).toContain('Please check the warranty.');
    expect(mail?.text).toContain('The blender broke after two days.');
    // The history says so once it went out.
    await conversation.getByText('Forwarded by email to partner@example.com, ops@example.com').waitFor();
  });
});
