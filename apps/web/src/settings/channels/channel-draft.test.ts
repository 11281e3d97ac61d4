import { CreateChannelRequest, type ChannelConfig } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { validate } from '../../forms/validate';
import {
  createRequestOfDraft,
  draftOfChannel,
  newChannelDraft,
  originsOfText,
  updateRequestOfDraft,
  validateUpdate,
} from './channel-draft';

const TEAM = '0195f3a0-0000-7000-8000-000000000001';

const channel = (kind: ChannelConfig['kind'], settings: Record<string, unknown>): ChannelConfig => ({
  id: '0195f3a0-0000-7000-8000-0000000000aa',
  kind,
  name: 'Shop',
  address: 'wk_key',
  settings,
  secretsSet: [],
  teamId: TEAM,
  active: true,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

describe('channel drafts', () => {
  it('connects a chat widget with its origins, colour and signed identity, answered at any time', () => {
    const draft = newChannelDraft('web', 'Europe/Berlin');
    draft.name = ' Shop widget ';
    draft.web.allowedOrigins = 'https://shop.example\n\n https://www.shop.example ';
    draft.web.color = '#ff0000';
    draft.web.requireIdentity = true;
    draft.web.greeting.ru = ' Здравствуйте! ';
    const check = validate(CreateChannelRequest, createRequestOfDraft(draft));
    expect(check).toEqual({
      ok: true,
      data: {
        kind: 'web',
        name: 'Shop widget',
        teamId: null,
        settings: {
          allowedOrigins: ['https://shop.example', 'https://www.shop.example'],
          color: '#ff0000',
          greeting: { ru: 'Здравствуйте!' },
          businessHours: null,
          requireIdentity: true,
        },
      },
    });
  });

  it('sends business hours only when the widget is limited to them', () => {
    const draft = newChannelDraft('web', 'Europe/Berlin');
    draft.name = 'Shop';
    draft.web.limitHours = true;
    const body = createRequestOfDraft(draft) as { settings: { businessHours: { timeZone: string } | null } };
    expect(body.settings.businessHours?.timeZone).toBe('Europe/Berlin');
  });

  it('names the origin that is not a URL, by the path the server uses too', () => {
    const draft = newChannelDraft('web', 'UTC');
    draft.name = 'Shop';
    draft.web.allowedOrigins = 'https://ok.example\nnot a url';
    const check = validate(CreateChannelRequest, createRequestOfDraft(draft));
    expect(check.ok).toBe(false);
    // "not a url" splits into three words: the first bad one is item 1.
    expect(check.ok ? null : Object.keys(check.problems)).toEqual(
      expect.arrayContaining(['settings.allowedOrigins.1']),
    );
  });

  it('connects an email inbox with IMAP and its password, the port as a number', () => {
    const draft = newChannelDraft('email', 'UTC');
    draft.name = 'Support';
    draft.teamId = TEAM;
    Object.assign(draft.email, {
      address: 'help@shop.example',
      fromName: 'Shop support',
      useImap: true,
      imapHost: 'imap.shop.example',
      imapPort: '143',
      imapSecure: false,
      imapUser: 'help',
      imapPassword: 'secret',
    });
    expect(validate(CreateChannelRequest, createRequestOfDraft(draft))).toEqual({
      ok: true,
      data: {
        kind: 'email',
        name: 'Support',
        teamId: TEAM,
        settings: {
          address: 'help@shop.example',
          fromName: 'Shop support',
          imap: { host: 'imap.shop.example', port: 143, secure: false, user: 'help', mailbox: 'INBOX' },
        },
        secrets: { imapPassword: 'secret' },
      },
    });
  });

  it('leaves IMAP and its password out of an inbox that receives mail by SMTP', () => {
    const draft = newChannelDraft('email', 'UTC');
    draft.name = 'Support';
    draft.email.address = 'help@shop.example';
    draft.email.imapPassword = 'typed then unticked';
    expect(createRequestOfDraft(draft)).toMatchObject({ settings: { imap: null }, secrets: {} });
  });

  it('refuses a Telegram bot without a token, on the token field', () => {
    const draft = newChannelDraft('telegram', 'UTC');
    draft.name = 'Bot';
    const check = validate(CreateChannelRequest, createRequestOfDraft(draft));
    expect(check).toEqual({ ok: false, problems: { 'secrets.botToken': { kind: 'required' } } });
  });

  it('connects an API integration with just its name', () => {
    const draft = newChannelDraft('api', 'UTC');
    draft.name = 'CRM';
    expect(validate(CreateChannelRequest, createRequestOfDraft(draft))).toEqual({
      ok: true,
      data: { kind: 'api', name: 'CRM', teamId: null },
    });
  });

  it('edits a widget without losing its greeting, and sends no secret that was not typed', () => {
    const existing = channel('web', {
      allowedOrigins: ['https://shop.example'],
      color: '#123456',
      greeting: { en: 'Hi!' },
      businessHours: null,
      requireIdentity: false,
    });
    const draft = draftOfChannel(existing, 'UTC');
    expect(draft.web.allowedOrigins).toBe('https://shop.example');
    draft.name = 'Renamed';
    expect(updateRequestOfDraft(draft)).toEqual({
      name: 'Renamed',
      teamId: TEAM,
      settings: {
        allowedOrigins: ['https://shop.example'],
        color: '#123456',
        greeting: { en: 'Hi!' },
        businessHours: null,
        requireIdentity: false,
      },
    });
  });

  it('replaces a bot’s token only when a new one is typed, keeping its username', () => {
    const draft = draftOfChannel(channel('telegram', { mode: 'polling', botUsername: 'shop_bot' }), 'UTC');
    expect(updateRequestOfDraft(draft)).toEqual({
      name: 'Shop',
      teamId: TEAM,
      settings: { mode: 'polling', botUsername: 'shop_bot' },
    });
    draft.telegram.botToken = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    expect(updateRequestOfDraft(draft)).toMatchObject({ secrets: { botToken: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ' } });
  });

  it('checks an edited inbox’s settings against the email schema, at the settings path', () => {
    const draft = draftOfChannel(channel('email', { address: 'help@shop.example', imap: null }), 'UTC');
    draft.email.address = 'not an address';
    expect(validateUpdate(draft)).toEqual({ ok: false, problems: { 'settings.address': { kind: 'email' } } });
  });

  it('splits origins on lines, commas and spaces', () => {
    expect(originsOfText('https://a.example, https://b.example\nhttps://c.example  ')).toEqual([
      'https://a.example',
      'https://b.example',
      'https://c.example',
    ]);
  });
});
