import { afterAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { TELEGRAM_API, TELEGRAM_SECRET_HEADER, type ServerEvent } from '@sincere/contracts';
import {
  attachments,
  channels,
  conversationEvents,
  conversationThreads,
  customerIdentities,
  customers,
} from '@sincere/db';
import { createTestApp } from '../../testing/test-app';
import type { ChannelRow } from '../channels/channel.repository';
import { FakeBotApi } from './testing/fake-bot-api';
import {
  messagesOfChannel,
  seedTelegramChannel,
  textUpdate,
  updateFixture,
  updateFixtureNames,
} from './testing/telegram-test-kit';

const t = await createTestApp();
const fake = await FakeBotApi.start();
t.ctx.config.telegram = { apiRoot: fake.apiRoot };
afterAll(async () => {
  await t.close();
  await fake.close();
});

function post(channel: ChannelRow, body: unknown, secret: string | null = channel.secrets.webhookSecret ?? null) {
  return t.app.inject({
    method: 'POST',
    url: TELEGRAM_API.webhook(channel.id),
    headers: secret === null ? {} : { [TELEGRAM_SECRET_HEADER]: secret },
    payload: body as object,
  });
}

/** What each fixture is, written by hand: what a customer writes is stored, the rest ignored. */
const EXPECTED: Record<string, 'stored' | 'ignored'> = {
  animation: 'stored',
  audio: 'stored',
  business_connection: 'ignored',
  business_message: 'stored',
  callback_query: 'ignored',
  callback_query_complex: 'ignored',
  callback_query_inaccessible_message: 'ignored',
  callback_query_without_message: 'ignored',
  channel_chat_created: 'ignored',
  channel_post: 'ignored',
  chat_boost: 'ignored',
  chat_join_request: 'ignored',
  chat_member: 'ignored',
  chat_owner_changed: 'ignored',
  chat_owner_left: 'ignored',
  chat_shared: 'ignored',
  checklist: 'ignored',
  checklist_tasks_added: 'ignored',
  checklist_tasks_done: 'ignored',
  chosen_inline_result: 'ignored',
  command: 'stored',
  command_message: 'stored',
  command_tag_valid: 'stored',
  command_tag_wrong: 'stored',
  command_with_parameters: 'stored',
  community_chat_added: 'ignored',
  community_chat_removed: 'ignored',
  connected_website: 'ignored',
  contact: 'stored',
  delete_chat_photo: 'ignored',
  deleted_business_messages: 'ignored',
  dice: 'stored',
  direct_message_price_changed: 'ignored',
  document: 'stored',
  // An edit of a message never stored is stored as the message.
  edited_business_message: 'stored',
  edited_channel_post: 'ignored',
  edited_message: 'stored',
  entities: 'stored',
  food: 'stored',
  forum_topic_closed: 'ignored',
  forum_topic_created: 'ignored',
  forum_topic_edited: 'ignored',
  forum_topic_reopened: 'ignored',
  game: 'ignored',
  giveaway: 'ignored',
  giveaway_completed: 'ignored',
  giveaway_created: 'ignored',
  giveaway_winners: 'ignored',
  group_chat_created: 'ignored',
  guest_message: 'ignored',
  inline_query: 'ignored',
  invoice: 'ignored',
  left_chat_member: 'ignored',
  location: 'stored',
  managed_bot: 'ignored',
  managed_bot_created: 'ignored',
  message: 'stored',
  message_auto_delete_timer_changed: 'ignored',
  message_boost_added: 'ignored',
  message_different_topic: 'ignored',
  message_different_topic_reply: 'ignored',
  message_forward_origin: 'stored',
  message_general_topic: 'ignored',
  message_general_topic_reply: 'ignored',
  message_poll: 'stored',
  message_reaction: 'ignored',
  message_reaction_count: 'ignored',
  message_topic: 'ignored',
  migrate_from_chat_id: 'ignored',
  migrate_to_chat_id: 'ignored',
  my_chat_member: 'ignored',
  new_chat_members: 'ignored',
  new_chat_photo: 'ignored',
  new_chat_title: 'ignored',
  not_command: 'stored',
  paid_media_purchased: 'ignored',
  passport_data: 'ignored',
  photo: 'stored',
  pinned_message: 'ignored',
  poll: 'ignored',
  poll_answer: 'ignored',
  poll_option_added: 'ignored',
  poll_option_deleted: 'ignored',
  pre_checkout_query: 'ignored',
  proximity_alert_triggered: 'ignored',
  refunded_payment: 'ignored',
  removed_chat_boost: 'ignored',
  // Sent by a bot.
  rich_message: 'ignored',
  shipping_query: 'ignored',
  sticker: 'stored',
  story: 'ignored',
  subscription: 'ignored',
  successful_payment: 'ignored',
  supergroup_chat_created: 'ignored',
  text: 'stored',
  users_shared: 'ignored',
  venue: 'stored',
  video: 'stored',
  video_chat_ended: 'ignored',
  video_chat_participants_invited: 'ignored',
  video_chat_scheduled: 'ignored',
  video_chat_started: 'ignored',
  video_note: 'stored',
  voice: 'stored',
  web_app_data: 'ignored',
};

describe('the Telegram webhook', () => {
  it('refuses a call without the secret token, with a wrong one, or for no active bot of ours', async () => {
    const channel = await seedTelegramChannel(t);
    const update = textUpdate(1, 501, 1, 'Hello');
    expect((await post(channel, update, null)).statusCode).toBe(401);
    expect((await post(channel, update, 'not-the-secret')).statusCode).toBe(403);
    expect((await post(channel, update, `${channel.secrets.webhookSecret}x`)).statusCode).toBe(403);
    expect((await post({ ...channel, id: '00000000-0000-4000-8000-000000000000' }, update)).statusCode).toBe(404);
    expect((await post({ ...channel, id: 'not-a-uuid' }, update)).statusCode).toBe(404);
    await t.database.db.update(channels).set({ active: false }).where(eq(channels.id, channel.id));
    expect((await post(channel, update)).statusCode).toBe(404);
    expect(await messagesOfChannel(t, channel)).toEqual([]);
  });

  it('answers 400 to a body that is not an Update', async () => {
    const channel = await seedTelegramChannel(t);
    for (const body of [{ message: {} }, { update_id: 'one' }, [1, 2], { update_id: -1 }]) {
      const response = await post(channel, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
  });

  it('stores every fixture a customer writes and ignores the rest, answering 200 to each', async () => {
    const names = updateFixtureNames();
    expect(names).toHaveLength(105);
    expect(Object.keys(EXPECTED).sort()).toEqual(names);
    const outcome: Record<string, 'stored' | 'ignored'> = {};
    const { accountId } = await seedTelegramChannel(t);
    for (const name of names) {
      // A bot each: several fixtures share an update id.
      const channel = await seedTelegramChannel(t, { accountId });
      const response = await post(channel, updateFixture(name));
      expect(response.statusCode, `${name}: ${response.body}`).toBe(200);
      expect(response.json()).toEqual({ ok: true });
      outcome[name] = (await messagesOfChannel(t, channel)).length === 1 ? 'stored' : 'ignored';
    }
    expect(outcome).toEqual(EXPECTED);
  });

  it('stores an update sent twice once, and keeps one conversation per chat', async () => {
    const channel = await seedTelegramChannel(t);
    expect((await post(channel, textUpdate(10, 777, 1, 'My order is late'))).statusCode).toBe(200);
    expect((await post(channel, textUpdate(10, 777, 1, 'My order is late'))).statusCode).toBe(200);
    expect((await post(channel, textUpdate(11, 777, 2, 'Order 1234'))).statusCode).toBe(200);

    const stored = await messagesOfChannel(t, channel);
    expect(stored.map((message) => message.body)).toEqual(['My order is late', 'Order 1234']);
    expect(stored[0]).toMatchObject({ direction: 'inbound', externalId: '777:1' });
    expect(stored[0]?.conversationId).toBe(stored[1]?.conversationId);
    const [thread] = await t.database.db
      .select()
      .from(conversationThreads)
      .where(eq(conversationThreads.channelId, channel.id));
    expect(thread).toMatchObject({ threadKey: '777', conversationId: stored[0]?.conversationId });
    const [customer] = await t.database.db
      .select({ name: customers.name, locale: customers.locale })
      .from(customers)
      .innerJoin(customerIdentities, eq(customerIdentities.customerId, customers.id))
      .where(and(eq(customerIdentities.accountId, channel.accountId), eq(customerIdentities.value, '777')));
    expect(customer).toEqual({ name: 'Ada Lovelace', locale: 'en' });
  });

  it('downloads the largest size of a photo and attaches it', async () => {
    const channel = await seedTelegramChannel(t);
    const bytes = Buffer.from('a jpeg, pretend');
    fake.addFile('SAAS', 'photos/file_7.jpg', bytes);
    expect((await post(channel, updateFixture('photo'))).statusCode).toBe(200);

    const [message] = await messagesOfChannel(t, channel);
    expect(message?.body).toBe('asdasdasdasdasdasd');
    const files = await t.database.db
      .select()
      .from(attachments)
      .where(and(eq(attachments.accountId, channel.accountId), eq(attachments.messageId, message?.id ?? '')));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ fileName: 'photo-456901.jpg', contentType: 'image/jpeg', size: bytes.length });
    const stream = await t.ctx.attachmentStorage.get(files[0]?.storageKey ?? '');
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
    expect(fake.callsOf('getFile').map((call) => call.params.file_id)).toContain('SAAS');
  });

  it('stores a file it cannot receive as a note in the message', async () => {
    const channel = await seedTelegramChannel(t);
    const update = updateFixture('document') as { update_id: number; message: Record<string, unknown> };
    const huge = {
      ...update,
      message: { ...update.message, document: { file_id: 'big', file_name: 'scan.pdf', file_size: 30 * 1024 * 1024 } },
    };
    expect((await post(channel, huge)).statusCode).toBe(200);
    const [message] = await messagesOfChannel(t, channel);
    expect(message?.body).toMatch(/^\[file scan\.pdf\]\n\[scan\.pdf was not received: larger than \d+ MB\]$/);
  });

  it('applies a customer’s edit to the stored message, keeps the text before and says so', async () => {
    const channel = await seedTelegramChannel(t);
    const seen: ServerEvent[] = [];
    const stop = t.ctx.realtime.observe((accountId, event) => {
      if (accountId === channel.accountId) seen.push(event);
    });
    await post(channel, textUpdate(20, 888, 5, 'Teh parcel'));
    const edit = {
      update_id: 21,
      edited_message: { ...textUpdate(0, 888, 5, 'The parcel').message, edit_date: 1_700_000_100 },
    };
    expect((await post(channel, edit)).statusCode).toBe(200);
    // Telegram retries: the same edit again changes nothing.
    expect((await post(channel, { ...edit, update_id: 22 })).statusCode).toBe(200);
    stop();

    const stored = await messagesOfChannel(t, channel);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.body).toBe('The parcel');
    expect(stored[0]?.metadata?.edits).toEqual([{ body: 'Teh parcel', editDate: 1_700_000_100 }]);
    const edits = await t.database.db
      .select()
      .from(conversationEvents)
      .where(and(eq(conversationEvents.accountId, channel.accountId), eq(conversationEvents.type, 'message.edited')));
    expect(edits).toHaveLength(1);
    expect(edits[0]?.data).toEqual({ messageId: stored[0]?.id, body: 'The parcel', previousBody: 'Teh parcel' });
    const updated = seen.filter((event) => event.type === 'message.updated');
    expect(updated).toHaveLength(1);
    expect(updated[0]).toMatchObject({ message: { id: stored[0]?.id, body: 'The parcel' } });
  });

  it('stores an edit of a message it never saw as a new message', async () => {
    const channel = await seedTelegramChannel(t);
    const edit = {
      update_id: 30,
      edited_message: { ...textUpdate(0, 999, 9, 'Changed before we saw it').message, edit_date: 1_700_000_200 },
    };
    expect((await post(channel, edit)).statusCode).toBe(200);
    const stored = await messagesOfChannel(t, channel);
    expect(stored.map((message) => [message.body, message.externalId])).toEqual([
      ['Changed before we saw it', '999:9'],
    ]);
  });
});
