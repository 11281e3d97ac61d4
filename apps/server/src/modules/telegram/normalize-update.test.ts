import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TelegramUpdateEnvelope } from '@sincere/contracts';
import { chatOfThread, normalizeUpdate, type CarriedMessage } from './normalize-update';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`testing/updates/${name}.json`, import.meta.url), 'utf8')) as TelegramUpdateEnvelope;

function carried(name: string): CarriedMessage {
  const result = normalizeUpdate(fixture(name));
  if (result.kind === 'ignored') throw new Error(`${name} was ignored: ${result.reason}`);
  return result;
}

const reasonOf = (update: TelegramUpdateEnvelope) => {
  const result = normalizeUpdate(update);
  return result.kind === 'ignored' ? result.reason : null;
};

describe('normalizeUpdate', () => {
  it('turns a private text message into the customer, the chat thread and the text', () => {
    const message = carried('text');
    expect(message).toMatchObject({
      kind: 'message',
      dedupeKey: 'update:123456789',
      threadKey: '12345678',
      externalId: '12345678:123456',
      customer: { id: '12345678', name: 'Mario Bros', locale: 'it' },
      body: 'aaaaaaaaaa',
      files: [],
    });
  });

  it('takes the largest photo size and the caption', () => {
    const message = carried('photo');
    expect(message.body).toBe('asdasdasdasdasdasd');
    expect(message.files).toEqual([
      { fileId: 'SAAS', fileName: null, fallbackName: 'photo-456901.jpg', contentType: 'image/jpeg', size: 84913 },
    ]);
  });

  it('keeps a document’s name and type, and labels it when it has no caption', () => {
    const message = carried('document');
    expect(message.body).toBe('[file document.pdf]');
    expect(message.files[0]).toMatchObject({ fileName: 'document.pdf', contentType: 'application/pdf', size: 123456 });
  });

  it('sends one file for an animation, not its document twin', () => {
    expect(carried('animation').files).toHaveLength(1);
  });

  it('labels voice messages with their length', () => {
    const message = carried('voice');
    expect(message.body).toBe('[voice message 0:02]');
    expect(message.files[0]).toMatchObject({ contentType: 'audio/ogg', fallbackName: 'voice-123456.ogg' });
  });

  it('renders stickers, places, contacts, polls and dice as short text', () => {
    expect(carried('sticker').body).toBe('[sticker 🤣]');
    expect(carried('sticker').files).toEqual([]);
    expect(carried('location').body).toBe('[location] https://www.openstreetmap.org/?mlat=41.899977&mlon=12.501028');
    expect(carried('venue').body).toMatch(/^\[place McDonald's, Via Giolitti 65\] https:/);
    expect(carried('contact').body).toBe('[contact 911, 911]');
    expect(carried('message_poll').body).toBe("[poll What's your favorite color?: Red / Blue]");
    expect(carried('dice').body).toBe('[dice 🎲 4]');
  });

  it('records the message a customer answers', () => {
    expect(carried('edited_message').metadata.replyTo).toEqual({
      messageId: 23758,
      externalId: '999999999:23758',
      text: 'This message',
    });
  });

  it('keys an edit by the message and the time of the edit', () => {
    const edit = carried('edited_message');
    expect(edit).toMatchObject({
      kind: 'edit',
      dedupeKey: 'edit:999999999:23762:1584985245',
      externalId: '999999999:23762',
      body: 'Editing this message',
      editDate: 1584985245,
    });
  });

  it('threads a business account’s chat apart, with the connection replies need', () => {
    const update = fixture('business_message') as {
      business_message: Record<string, unknown>;
    } & TelegramUpdateEnvelope;
    const message = normalizeUpdate({
      ...update,
      business_message: { ...update.business_message, business_connection_id: 'conn:1' },
    });
    expect(message).toMatchObject({ kind: 'message', threadKey: 'b:conn:1:456' });
    expect(chatOfThread('b:conn:1:456')).toEqual({ chatId: '456', businessConnectionId: 'conn:1' });
    expect(chatOfThread('456')).toEqual({ chatId: '456', businessConnectionId: null });
  });

  it('ignores what the business account’s owner writes in a business chat', () => {
    const update = fixture('business_message') as { business_message: { chat: object } } & TelegramUpdateEnvelope;
    const fromOwner = {
      ...update,
      business_message: { ...update.business_message, chat: { id: 999, type: 'private' } },
    };
    expect(reasonOf(fromOwner)).toMatch(/business account itself/);
  });

  it('names the reason for what is not a customer’s message', () => {
    expect(reasonOf(fixture('callback_query'))).toBe('update type "callback_query" is not a customer\'s message');
    expect(reasonOf(fixture('channel_post'))).toMatch(/channel_post/);
    expect(reasonOf(fixture('message_topic'))).toBe('message in a supergroup chat, not a private one');
    expect(reasonOf(fixture('new_chat_members'))).toMatch(/carries nothing a customer writes \(new_chat_members/);
    expect(reasonOf(fixture('pinned_message'))).toMatch(/pinned_message/);
    expect(reasonOf({ update_id: 5, message: { text: 'no chat' } })).toBe(
      'message is not a message Telegram would send',
    );
    expect(reasonOf({ update_id: 6 })).toBe('update type "empty" is not a customer\'s message');
  });

  it('falls back to the username, then the id, for a customer’s name', () => {
    const base = fixture('text') as { message: { from: object } } & TelegramUpdateEnvelope;
    const named = (from: object) => {
      const result = normalizeUpdate({ ...base, message: { ...base.message, from } });
      return result.kind === 'ignored' ? null : result.customer.name;
    };
    expect(named({ id: 7, is_bot: false, first_name: ' ', username: 'mario' })).toBe('@mario');
    expect(named({ id: 7, is_bot: false, first_name: '' })).toBe('Telegram user 7');
  });
});
