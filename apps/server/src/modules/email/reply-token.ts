import { randomBytes } from 'node:crypto';

/**
 * The token that ties an email conversation to the mail answering it: our replies carry it in Reply-To
 * (`support+TOKEN@acme.test`) and in their Message-ID (`<MESSAGEID.TOKEN@acme.test>`), so a customer's answer
 * finds its conversation even when their client drops In-Reply-To. Stored as conversation_threads.thread_key.
 */
export function newReplyToken(): string {
  return randomBytes(10).toString('hex');
}

const TOKEN = /^[0-9a-f]{20}$/;

/** The +TOKEN part of 'local+TOKEN@domain', or null. */
export function replyTokenOf(address: string): string | null {
  const trimmed = address.trim().replace(/^<|>$/g, '');
  const at = trimmed.lastIndexOf('@');
  const local = at < 0 ? trimmed : trimmed.slice(0, at);
  const plus = local.indexOf('+');
  if (plus < 0) return null;
  const token = local
    .slice(plus + 1)
    .trim()
    .toLowerCase();
  return token.length > 0 ? token : null;
}

/** 'support@acme.test' + token → 'support+TOKEN@acme.test': the Reply-To of our replies. */
export function replyToAddress(channelAddress: string, token: string): string {
  const at = channelAddress.lastIndexOf('@');
  return `${channelAddress.slice(0, at)}+${token}${channelAddress.slice(at)}`;
}

/** The Message-ID (without <>) of a reply we send: 'MESSAGEID.TOKEN@domain'. */
export function replyMessageId(messageId: string, token: string, domain: string): string {
  return `${messageId}.${token}@${domain}`;
}

/** The token in one of our Message-IDs ('MESSAGEID.TOKEN@domain'), or null for anyone else's. */
export function replyTokenOfMessageId(messageId: string): string | null {
  const local = messageId.replace(/^<|>$/g, '').split('@')[0] ?? '';
  const token = local.slice(local.lastIndexOf('.') + 1).toLowerCase();
  return TOKEN.test(token) ? token : null;
}

/** The domain of an address: where our Message-IDs say they come from. */
export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/** The address without its +tag, lower-cased: 'Support+abc@Acme.test' → 'support@acme.test'. */
export function baseAddress(address: string): string | null {
  const trimmed = address.trim().replace(/^<|>$/g, '').toLowerCase();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1) return null;
  const local = trimmed.slice(0, at).split('+')[0] ?? '';
  return local ? `${local}${trimmed.slice(at)}` : null;
}

const PREFIX = /^\s*(re|fwd?|fw|aw|wg|tr|sv|vs|antw|res|rif|ответ|отв|пересл)\s*(\[\d+\]|\(\d+\))?\s*:\s*/i;

/**
 * The subject with every reply and forward prefix (Re:, RE[2]:, Fwd:, AW:, WG:, Ответ:, TR:, SV:, VS:) taken off,
 * lower-cased, whitespace collapsed; null when nothing is left (an empty subject threads nothing).
 */
export function subjectKey(subject: string | null | undefined): string | null {
  let rest = (subject ?? '').normalize('NFC');
  for (let previous = ''; previous !== rest;) {
    previous = rest;
    rest = rest.replace(PREFIX, '');
  }
  const key = rest.replace(/\s+/g, ' ').trim().toLowerCase();
  return key.length > 0 ? key.slice(0, 500) : null;
}
