import {
  EmailChannelSettings,
  TelegramChannelSettings,
  UpdateChannelRequest,
  WebChannelSettings,
  WIDGET_LOCALES,
  type ChannelConfig,
  type ChannelKind,
  type WidgetLocale,
} from '@sincere/contracts';
import { validate, type ValidationResult } from '../../forms/validate';
import { draftOfHours, hoursOfDraft, type BusinessHoursDraft } from '../business-hours-form';

export interface WebDraft {
  color: string;
  /** One origin a line, as the admin typed them. */
  allowedOrigins: string;
  requireIdentity: boolean;
  /** Off: the widget is answered at any time (businessHours null). */
  limitHours: boolean;
  hours: BusinessHoursDraft;
  greeting: Record<WidgetLocale, string>;
}

export interface EmailDraft {
  address: string;
  fromName: string;
  useImap: boolean;
  imapHost: string;
  imapPort: string;
  imapSecure: boolean;
  imapUser: string;
  imapMailbox: string;
  /** Empty keeps the password already set. */
  imapPassword: string;
}

export interface TelegramDraft {
  mode: 'webhook' | 'polling';
  /** Empty keeps the token already set (when editing). */
  botToken: string;
  botUsername: string | undefined;
}

/** The connect/edit form's state: every kind's part is kept, the channel's kind picks the one sent. */
export interface ChannelDraft {
  kind: ChannelKind;
  name: string;
  /** '' for no team. */
  teamId: string;
  web: WebDraft;
  email: EmailDraft;
  telegram: TelegramDraft;
}

const noGreeting = () =>
  Object.fromEntries(WIDGET_LOCALES.map((locale) => [locale, ''])) as Record<WidgetLocale, string>;

export function newChannelDraft(kind: ChannelKind, timeZone: string): ChannelDraft {
  return {
    kind,
    name: '',
    teamId: '',
    web: {
      color: '#1f6feb',
      allowedOrigins: '',
      requireIdentity: false,
      limitHours: false,
      hours: draftOfHours(null, timeZone),
      greeting: noGreeting(),
    },
    email: {
      address: '',
      fromName: '',
      useImap: false,
      imapHost: '',
      imapPort: '993',
      imapSecure: true,
      imapUser: '',
      imapMailbox: 'INBOX',
      imapPassword: '',
    },
    telegram: { mode: 'webhook', botToken: '', botUsername: undefined },
  };
}

/** The form for an existing channel; settings the schema no longer reads fall back to the defaults. */
export function draftOfChannel(channel: ChannelConfig, timeZone: string): ChannelDraft {
  const draft = newChannelDraft(channel.kind, timeZone);
  draft.name = channel.name;
  draft.teamId = channel.teamId ?? '';
  if (channel.kind === 'web') {
    const parsed = WebChannelSettings.safeParse(channel.settings);
    if (parsed.success) {
      const settings = parsed.data;
      draft.web = {
        color: settings.color,
        allowedOrigins: settings.allowedOrigins.join('\n'),
        requireIdentity: settings.requireIdentity,
        limitHours: settings.businessHours !== null,
        hours: draftOfHours(settings.businessHours, timeZone),
        greeting: { ...noGreeting(), ...settings.greeting },
      };
    }
  }
  if (channel.kind === 'email') {
    const parsed = EmailChannelSettings.safeParse(channel.settings);
    if (parsed.success) {
      const { address, fromName, imap } = parsed.data;
      draft.email = {
        ...draft.email,
        address,
        fromName: fromName ?? '',
        useImap: imap !== null,
        ...(imap
          ? {
              imapHost: imap.host,
              imapPort: String(imap.port),
              imapSecure: imap.secure,
              imapUser: imap.user,
              imapMailbox: imap.mailbox,
            }
          : {}),
      };
    }
  }
  if (channel.kind === 'telegram') {
    const parsed = TelegramChannelSettings.safeParse(channel.settings);
    if (parsed.success) draft.telegram = { mode: parsed.data.mode, botToken: '', botUsername: parsed.data.botUsername };
  }
  return draft;
}

/** Origins typed one a line (commas and spaces also separate them). */
export function originsOfText(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
}

/** The kind's settings as the contract reads them; undefined for the API kind, which has none. */
export function settingsOfDraft(draft: ChannelDraft): Record<string, unknown> | undefined {
  switch (draft.kind) {
    case 'web': {
      const { web } = draft;
      const greeting = Object.fromEntries(
        Object.entries(web.greeting)
          .map(([locale, text]) => [locale, text.trim()] as const)
          .filter(([, text]) => text !== ''),
      );
      return {
        allowedOrigins: originsOfText(web.allowedOrigins),
        color: web.color,
        greeting,
        businessHours: web.limitHours ? hoursOfDraft(web.hours) : null,
        requireIdentity: web.requireIdentity,
      };
    }
    case 'email': {
      const { email } = draft;
      const fromName = email.fromName.trim();
      const port = email.imapPort.trim();
      return {
        address: email.address.trim(),
        ...(fromName ? { fromName } : {}),
        imap: email.useImap
          ? {
              host: email.imapHost.trim(),
              // A number the schema checks; letters become NaN, which it refuses as invalid.
              ...(port ? { port: Number(port) } : {}),
              secure: email.imapSecure,
              user: email.imapUser.trim(),
              mailbox: email.imapMailbox.trim() || 'INBOX',
            }
          : null,
      };
    }
    case 'telegram':
      return {
        mode: draft.telegram.mode,
        ...(draft.telegram.botUsername ? { botUsername: draft.telegram.botUsername } : {}),
      };
    case 'api':
      return undefined;
  }
}

/** Secrets typed in the form; an empty field sends nothing, so the one already set stays. */
function secretsOfDraft(draft: ChannelDraft): Record<string, string> {
  if (draft.kind === 'email' && draft.email.useImap && draft.email.imapPassword) {
    return { imapPassword: draft.email.imapPassword };
  }
  if (draft.kind === 'telegram' && draft.telegram.botToken.trim()) return { botToken: draft.telegram.botToken.trim() };
  return {};
}

/** The body of POST /channels, for CreateChannelRequest to check. */
export function createRequestOfDraft(draft: ChannelDraft): Record<string, unknown> {
  const common = { kind: draft.kind, name: draft.name, teamId: draft.teamId || null };
  switch (draft.kind) {
    case 'web':
      return { ...common, settings: settingsOfDraft(draft) };
    case 'email':
      return { ...common, settings: settingsOfDraft(draft), secrets: secretsOfDraft(draft) };
    case 'telegram':
      // The token is required here: without it the schema says so on its field.
      return { ...common, settings: settingsOfDraft(draft), secrets: { botToken: draft.telegram.botToken.trim() } };
    case 'api':
      return common;
  }
}

/** The body of PATCH /channels/:id: name, team, the kind's settings whole, and only the secrets typed anew. */
export function updateRequestOfDraft(draft: ChannelDraft): Record<string, unknown> {
  const settings = settingsOfDraft(draft);
  const secrets = secretsOfDraft(draft);
  return {
    name: draft.name,
    teamId: draft.teamId || null,
    ...(settings ? { settings } : {}),
    ...(Object.keys(secrets).length > 0 ? { secrets } : {}),
  };
}

function validateSettings(kind: ChannelKind, settings: unknown): ValidationResult<unknown> | null {
  switch (kind) {
    case 'web':
      return validate(WebChannelSettings, settings);
    case 'email':
      return validate(EmailChannelSettings, settings);
    case 'telegram':
      return validate(TelegramChannelSettings, settings);
    case 'api':
      return null;
  }
}

/**
 * Checks an edit as the server will: the update's shape, and the settings against the kind's own
 * schema (the update contract takes them as any record), with problems at `settings.<path>`.
 */
export function validateUpdate(draft: ChannelDraft): ValidationResult<UpdateChannelRequest> {
  const body = updateRequestOfDraft(draft);
  const result = validate(UpdateChannelRequest, body);
  const settings = validateSettings(draft.kind, body['settings']);
  if (result.ok && (!settings || settings.ok)) return result;
  const problems = {
    ...(result.ok ? {} : result.problems),
    ...(settings && !settings.ok
      ? Object.fromEntries(Object.entries(settings.problems).map(([path, problem]) => [`settings.${path}`, problem]))
      : {}),
  };
  return { ok: false, problems };
}
