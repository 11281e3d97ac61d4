import { Readable } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { TELEGRAM_API } from '@sincere/contracts';
import { attachments, messages } from '@sincere/db';
import { seedMessage } from '@sincere/db/testing';
import { createTestApp } from '../../testing/test-app';
import type { ChannelRow } from '../channels/channel.repository';
import { deliverReply } from '../channels/deliver-outbound';
import { AppError } from '../../http/app-error';
import { connectTelegramBot, disconnectTelegramBot } from './connect-telegram-bot';
import { handleTelegramUpdate } from './handle-update';
import { startTelegramWorkers } from './telegram-workers';
import { FakeBotApi } from './testing/fake-bot-api';
import { messagesOfChannel, seedTelegramChannel, textUpdate } from './testing/telegram-test-kit';

const t = await createTestApp();
const fake = await FakeBotApi.start();
t.ctx.config.telegram = { apiRoot: fake.apiRoot };
afterAll(async () => {
  await t.close();
  await fake.close();
});

const tokenOf = (channel: ChannelRow) => channel.secrets.botToken ?? '';
const callsFor = (channel: ChannelRow, method: string) =>
  fake.callsOf(method).filter((call) => call.token === tokenOf(channel));

describe('connecting a bot', () => {
  it('names the bot and points its webhook here with the channel’s secret', async () => {
    const channel = await seedTelegramChannel(t);
    const connected = await connectTelegramBot(t.ctx, channel);
    expect(connected.settings).toEqual({ mode: 'webhook', botUsername: `support${channel.address}_bot` });
    expect(connected.address).toBe(channel.address);
    const [call] = callsFor(channel, 'setWebhook');
    expect(call?.params).toEqual({
      url: `http://sincere.test${TELEGRAM_API.webhook(channel.id)}`,
      secret_token: channel.secrets.webhookSecret,
      allowed_updates: ['message', 'edited_message', 'business_message', 'edited_business_message'],
    });
  });

  it('removes the webhook of a bot in polling mode, and when disconnecting', async () => {
    const channel = await seedTelegramChannel(t, { mode: 'polling' });
    await connectTelegramBot(t.ctx, channel);
    expect(callsFor(channel, 'setWebhook')).toHaveLength(0);
    expect(callsFor(channel, 'deleteWebhook')).toHaveLength(1);
    await disconnectTelegramBot(t.ctx, channel);
    expect(callsFor(channel, 'deleteWebhook')).toHaveLength(2);
  });

  it('names the token as the field to fix when Telegram refuses it', async () => {
    const channel = await seedTelegramChannel(t);
    fake.failNext('getMe', 401, 'Unauthorized');
    const refused = await connectTelegramBot(t.ctx, channel).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ status: 422, fields: { 'secrets.botToken': 'Telegram: Unauthorized (401)' } });
  });
});

describe('long polling', () => {
  it('stores each update once, across a restart that fetches them again', async () => {
    const channel = await seedTelegramChannel(t, { mode: 'polling' });
    const [first, second] = [textUpdate(500, 4040, 1, 'Polling one'), textUpdate(501, 4040, 2, 'Polling two')];
    fake.queueUpdates(tokenOf(channel), first, second);
    const options = { pollTimeoutSeconds: 1, rescanMs: 60_000, log: () => undefined };

    let stop = await startTelegramWorkers(t.ctx, options);
    await vi.waitFor(async () => expect(await messagesOfChannel(t, channel)).toHaveLength(2), { timeout: 20_000 });
    await stop();

    // As if the offset that confirmed them never reached Telegram: both come again.
    fake.forgetConfirmations(tokenOf(channel));
    const polledBefore = callsFor(channel, 'getUpdates').length;
    stop = await startTelegramWorkers(t.ctx, options);
    // Once a getUpdates call confirms both, the loop has handled them again.
    await vi.waitFor(
      () => {
        const confirmed = callsFor(channel, 'getUpdates')
          .slice(polledBefore)
          .some((call) => Number(call.params.offset) === 502);
        expect(confirmed).toBe(true);
      },
      { timeout: 20_000 },
    );
    await stop();

    const stored = await messagesOfChannel(t, channel);
    expect(stored.map((message) => message.body)).toEqual(['Polling one', 'Polling two']);
  });

  it('polls only bots in polling mode', async () => {
    const webhookBot = await seedTelegramChannel(t, { mode: 'webhook' });
    const pollingBot = await seedTelegramChannel(t, { mode: 'polling' });
    const stop = await startTelegramWorkers(t.ctx, { pollTimeoutSeconds: 1, log: () => undefined });
    await vi.waitFor(() => expect(callsFor(pollingBot, 'getUpdates').length).toBeGreaterThan(0), { timeout: 20_000 });
    await stop();
    expect(callsFor(webhookBot, 'getUpdates')).toHaveLength(0);
  });
});

describe('replies', () => {
  async function conversationWith(chatId: number) {
    const channel = await seedTelegramChannel(t);
    const stored = await handleTelegramUpdate(t.ctx, channel, textUpdate(1, chatId, 1, 'Hi, a question'));
    if (stored.kind !== 'stored') throw new Error('not stored');
    return { channel, conversationId: stored.conversationId };
  }

  async function reply(channel: ChannelRow, conversationId: string, body: string) {
    const row = await seedMessage(t.database.db, channel.accountId, conversationId, {
      direction: 'outbound',
      body,
      deliveryStatus: 'pending',
    });
    return row;
  }

  async function deliveredState(channel: ChannelRow, messageId: string) {
    const [row] = await t.database.db
      .select()
      .from(messages)
      .where(and(eq(messages.accountId, channel.accountId), eq(messages.id, messageId)));
    return row;
  }

  it('sends an agent’s reply into the customer’s chat and records Telegram’s id', async () => {
    const { channel, conversationId } = await conversationWith(6060);
    const sent = await reply(channel, conversationId, 'Your parcel left today.');
    await deliverReply(t.ctx, channel.accountId, sent.id);

    const calls = callsFor(channel, 'sendMessage');
    expect(calls.map((call) => call.params)).toEqual([{ chat_id: '6060', text: 'Your parcel left today.' }]);
    const row = await deliveredState(channel, sent.id);
    expect(row).toMatchObject({ deliveryStatus: 'sent', deliveryError: null });
    expect(row?.externalId).toMatch(/^6060:\d+$/);
  });

  it('splits a text longer than Telegram’s 4096 characters', async () => {
    const { channel, conversationId } = await conversationWith(6061);
    const paragraph = 'All good here. '.repeat(200).trim();
    const body = [paragraph, paragraph, paragraph].join('\n\n');
    const sent = await reply(channel, conversationId, body);
    await deliverReply(t.ctx, channel.accountId, sent.id);

    const texts = callsFor(channel, 'sendMessage').map((call) => String(call.params.text));
    expect(texts).toEqual([paragraph, paragraph, paragraph]);
  });

  it('sends files as documents, and images as photos', async () => {
    const { channel, conversationId } = await conversationWith(6062);
    const sent = await reply(channel, conversationId, 'The invoice and a picture');
    for (const [fileName, contentType, text] of [
      ['invoice.pdf', 'application/pdf', '%PDF-1.4 pretend'],
      ['box.png', 'image/png', 'PNG pretend'],
    ] as const) {
      const key = `${channel.accountId}/${fileName}`;
      const bytes = Buffer.from(text);
      await t.ctx.attachmentStorage.put(key, Readable.from([bytes]), bytes.length);
      await t.database.db.insert(attachments).values({
        accountId: channel.accountId,
        messageId: sent.id,
        conversationId,
        fileName,
        contentType,
        size: bytes.length,
        storageKey: key,
      });
    }
    await deliverReply(t.ctx, channel.accountId, sent.id);

    const [document] = callsFor(channel, 'sendDocument');
    expect(document?.params.chat_id).toBe('6062');
    expect(document?.files.document?.fileName).toBe('invoice.pdf');
    expect(document?.files.document?.bytes.toString()).toBe('%PDF-1.4 pretend');
    const [photo] = callsFor(channel, 'sendPhoto');
    expect(photo?.files.photo?.bytes.toString()).toBe('PNG pretend');
    expect(callsFor(channel, 'sendMessage')).toHaveLength(1);
  });

  it('records that the customer blocked the bot as the delivery error', async () => {
    const { channel, conversationId } = await conversationWith(6063);
    const sent = await reply(channel, conversationId, 'Hello?');
    fake.failNext('sendMessage', 403, 'Forbidden: bot was blocked by the user');
    await expect(deliverReply(t.ctx, channel.accountId, sent.id)).rejects.toThrow(/blocked the bot/);
    const row = await deliveredState(channel, sent.id);
    expect(row?.deliveryStatus).toBe('failed');
    expect(row?.deliveryError).toMatch(/^The customer blocked the bot.*Forbidden: bot was blocked by the user/);
  });
});
