import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { API, JOBS, type ForwardConversationJob } from '@sincere/contracts';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn, withToken } from '../../testing/http-client';
import { sendForward } from './send-forward';

const t = await createTestApp();

/** An SMTP server in this process: every mail it accepts is parsed and kept here. */
const received: ParsedMail[] = [];
let refuseNext = false;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, callback) {
    if (refuseNext) {
      refuseNext = false;
      stream.resume();
      stream.on('end', () => callback(Object.assign(new Error('Mailbox busy, try later'), { responseCode: 451 })));
      return;
    }
    simpleParser(stream).then(
      (mail) => {
        received.push(mail);
        callback();
      },
      (error: Error) => callback(error),
    );
  },
});
const FROM = 'Sincere Support <support@sincere.test>';

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  t.ctx.config.mail = { smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM };
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(resolve));
  await t.close();
});

async function workspace() {
  const people = await seedAccountWithPeople(t.database, 'Forward');
  const admin = await signIn(t.app, people.admin.email);
  const token = await admin.request('POST', API.apiTokens, { name: 'channel' });
  const agent = await signIn(t.app, people.agent.email);
  const channel = withToken(t.app, token.body.secret);
  const opened = await channel.request('POST', API.conversations, {
    customer: { name: 'Ольга Смирнова', email: 'olga@example.com' },
    subject: 'Заказ не пришёл',
    message: { body: 'Здравствуйте! Мой заказ №1042 так и не пришёл.' },
  });
  expect(opened.status).toBe(201);
  const id: string = opened.body.id;
  const say = async (direction: 'inbound' | 'outbound' | 'note', body: string) =>
    expect(
      (
        await (direction === 'inbound' ? channel : agent).request('POST', API.conversationMessages(id), {
          direction,
          body,
        })
      ).status,
    ).toBe(201);
  await say('inbound', 'مرحبا، أين طلبي؟');
  await say('outbound', 'Проверяю, Ольга.');
  await say('note', 'Refund approved by the lead');
  await say('inbound', '<script>alert("hi")</script>');
  return { people, agent, channel, id };
}

/** The job the request queued, as the worker would receive it. */
async function queuedJob(forwardId: string): Promise<ForwardConversationJob> {
  const { rows } = await t.database.query<{ data: unknown }>(
    "SELECT data FROM pgboss.job WHERE name = 'conversations.forward' AND id = $1",
    [forwardId],
  );
  expect(rows).toHaveLength(1);
  return JOBS['conversations.forward'].parse(rows[0]?.data);
}

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((entry) => entry.value.map((one) => one.address));

const mailsWith = (messageId: string) => received.filter((mail) => mail.messageId === messageId);

describe('forwarding a conversation by email', () => {
  it('queues the mail (202), logs the request, and sends the transcript once even when the job runs twice', async () => {
    const { people, agent, id } = await workspace();
    const response = await agent.request('POST', API.conversationForward(id), {
      to: ['Partner@Example.com', 'ops@example.com', 'partner@example.com'],
      comment: 'Посмотрите, пожалуйста',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(202);
    const { forwardId } = response.body;
    const requested = (await agent.request('GET', API.conversation(id))).body.events.at(-1);
    expect(requested).toMatchObject({
      type: 'conversation.forward_requested',
      actorType: 'user',
      actorId: people.agent.id,
      data: { forwardId, to: ['partner@example.com', 'ops@example.com'], includeNotes: false },
    });

    const job = await queuedJob(forwardId);
    await sendForward(t.ctx, job);
    await sendForward(t.ctx, job);

    const messageId = `<forward.${forwardId}@sincere.test>`;
    const mails = mailsWith(messageId);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(addresses(mail?.to)).toEqual(['partner@example.com', 'ops@example.com']);
    expect(addresses(mail?.from)).toEqual(['support@sincere.test']);
    expect(mail?.subject).toBe('Fwd: Заказ не пришёл');
    for (const part of [mail?.text, mail?.html || '']) {
      expect(part).toContain('Здравствуйте! Мой заказ №1042 так и не пришёл.');
      expect(part).toContain('مرحبا، أين طلبي؟');
      expect(part).toContain('Проверяю, Ольга.');
      expect(part).toContain('Посмотрите, пожалуйста');
      expect(part).not.toContain('Refund approved');
    }
    const html = mail?.html || '';
    expect(html).toContain('&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;');
    expect(html).not.toContain('<script');
    expect(html).toContain('<div dir="auto" style="white-space: pre-wrap">مرحبا، أين طلبي؟</div>');
    expect(mail?.text).toContain('<script>alert("hi")</script>');

    const forwarded = (await agent.request('GET', API.conversation(id))).body.events.filter(
      (event: { type: string }) => event.type === 'conversation.forwarded',
    );
    expect(forwarded).toEqual([
      expect.objectContaining({
        actorType: 'user',
        actorId: people.agent.id,
        data: { forwardId, to: ['partner@example.com', 'ops@example.com'], messageCount: 4, messageId },
      }),
    ]);
  });

  it('includes internal notes only when asked to', async () => {
    const { agent, id } = await workspace();
    const response = await agent.request('POST', API.conversationForward(id), {
      to: ['lead@example.com'],
      includeNotes: true,
    });
    const { forwardId } = response.body;
    await sendForward(t.ctx, await queuedJob(forwardId));
    const [mail] = mailsWith(`<forward.${forwardId}@sincere.test>`);
    expect(mail?.text).toContain('Refund approved by the lead');
    expect(mail?.text).toContain('(internal note)');
  });

  it('retries a send the mail server refused, and logs only the one that went out', async () => {
    const { agent, id } = await workspace();
    const { forwardId } = (await agent.request('POST', API.conversationForward(id), { to: ['x@example.com'] })).body;
    const job = await queuedJob(forwardId);
    refuseNext = true;
    await expect(sendForward(t.ctx, job)).rejects.toThrow(/Mailbox busy/);
    const types = async () =>
      ((await agent.request('GET', API.conversation(id))).body.events as { type: string }[]).map((event) => event.type);
    expect(await types()).not.toContain('conversation.forwarded');
    await sendForward(t.ctx, job);
    expect(mailsWith(`<forward.${forwardId}@sincere.test>`)).toHaveLength(1);
    expect((await types()).filter((type) => type === 'conversation.forwarded')).toHaveLength(1);
  });

  it('says forwarding is off when this server has no outgoing mail, and queues nothing', async () => {
    const { agent, id } = await workspace();
    const mail = t.ctx.config.mail;
    t.ctx.config.mail = null;
    try {
      const response = await agent.request('POST', API.conversationForward(id), { to: ['x@example.com'] });
      expect(response.status).toBe(409);
      expect(response.body.error).toMatchObject({ code: 'conflict', message: expect.stringContaining('SMTP_URL') });
    } finally {
      t.ctx.config.mail = mail;
    }
    const { rows } = await t.database.query(
      "SELECT id FROM pgboss.job WHERE name = 'conversations.forward' AND data->>'conversationId' = $1",
      [id],
    );
    expect(rows).toEqual([]);
    const events = (await agent.request('GET', API.conversation(id))).body.events as { type: string }[];
    expect(events.map((event) => event.type)).not.toContain('conversation.forward_requested');
  });

  it('names the field for recipients that are missing, too many or not addresses', async () => {
    const { agent, id } = await workspace();
    const many = Array.from({ length: 11 }, (_, index) => `p${index}@example.com`);
    for (const to of [[], many, ['not-an-address']]) {
      const response = await agent.request('POST', API.conversationForward(id), { to });
      expect(response.status).toBe(422);
      expect(Object.keys(response.body.error.fields ?? {}).some((field) => field.startsWith('to'))).toBe(true);
    }
  });

  it('refuses a merged conversation, another account’s, and reviewers', async () => {
    const { people, agent, channel, id } = await workspace();
    const other = await channel.request('POST', API.conversations, {
      customer: { name: 'Ольга Смирнова', email: 'olga@example.com' },
      message: { body: 'Ещё вопрос' },
    });
    expect((await agent.request('POST', API.conversationMerge(id), { sourceId: other.body.id })).status).toBe(200);
    expect(
      (await agent.request('POST', API.conversationForward(other.body.id), { to: ['x@example.com'] })).status,
    ).toBe(409);
    const stranger = await workspace();
    const foreign = await agent.request('POST', API.conversationForward(stranger.id), { to: ['x@example.com'] });
    expect(foreign.status).toBe(404);
    const reviewer = await signIn(t.app, people.reviewer.email);
    expect((await reviewer.request('POST', API.conversationForward(id), { to: ['x@example.com'] })).status).toBe(403);
  });
});
