import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject, type HeaderValue, type ParsedMail } from 'mailparser';
import { AppError } from '../../http/app-error';
import { sanitizeEmailHtml } from './sanitize-email-html';

export interface EmailAddress {
  address: string;
  name: string;
}

export interface EmailFile {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
  /** Content-ID of an inline image the HTML shows as `cid:…`. */
  contentId: string | null;
}

/** What Sincere reads from one email: addresses lower-cased, ids without <>, HTML already sanitised. */
export interface ParsedEmail {
  from: EmailAddress | null;
  to: EmailAddress[];
  cc: EmailAddress[];
  replyTo: EmailAddress[];
  subject: string;
  date: Date | null;
  messageId: string | null;
  inReplyTo: string[];
  references: string[];
  text: string;
  html: string | null;
  files: EmailFile[];
  /** Lower-case header name → its raw values, for auto-reply detection. */
  headers: Map<string, string[]>;
  contentType: string;
  reportType: string | null;
  /** SHA-256 of the bytes: the dedupe key of mail without a Message-ID. */
  sha256: string;
}

/**
 * Parses a raw RFC 5322 message: charsets (mailparser decodes them through iconv-lite), RFC 2047 headers,
 * HTML-only mail (text derived from the HTML), attachments and inline images. Input that is not an email
 * at all (no header) is a 422.
 */
export async function parseEmail(raw: Buffer): Promise<ParsedEmail> {
  if (raw.length === 0) throw new AppError('validation_failed', 'The message is empty');
  let mail: ParsedMail;
  try {
    // The text of HTML-only mail is derived below from the sanitised HTML, never from what a script or tracker hid.
    mail = await simpleParser(raw, { skipImageLinks: true, skipTextLinks: true, skipHtmlToText: true });
  } catch (error) {
    throw new AppError('validation_failed', `The message could not be parsed as an email: ${String(error)}`);
  }
  if (mail.headers.size === 0 || !hasHeaderBlock(raw)) {
    throw new AppError('validation_failed', 'The message has no email headers (expected message/rfc822)');
  }
  const contentTypeHeader = mail.headers.get('content-type');
  const contentType = isStructured(contentTypeHeader) ? contentTypeHeader.value.toLowerCase() : 'text/plain';
  const reportType = isStructured(contentTypeHeader) ? (contentTypeHeader.params['report-type'] ?? null) : null;
  const html = typeof mail.html === 'string' && mail.html.trim() ? sanitizeEmailHtml(noNul(mail.html)) : null;
  return {
    from: addressesOf(mail.from)[0] ?? null,
    to: addressesOf(mail.to),
    cc: addressesOf(mail.cc),
    replyTo: addressesOf(mail.replyTo),
    subject: noNul(mail.subject ?? '').trim(),
    date: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null,
    messageId: mail.messageId ? normaliseMessageId(noNul(mail.messageId)) || null : null,
    inReplyTo: messageIdsIn(noNul(mail.inReplyTo ?? '')),
    references: messageIdsIn(noNul([mail.references ?? ''].flat().join(' '))),
    text: (noNul(mail.text ?? '').trim() === '' && html ? await textOfHtml(html) : noNul(mail.text ?? '')).replace(
      /\r\n?/g,
      '\n',
    ),
    html,
    files: mail.attachments.map((file, index) => ({
      fileName: noNul(file.filename ?? '') || defaultFileName(file.contentType, index),
      contentType: file.contentType,
      bytes: file.content,
      contentId: file.cid ?? null,
    })),
    headers: rawHeaders(mail),
    contentType,
    reportType: reportType?.toLowerCase() ?? null,
    sha256: createHash('sha256').update(raw).digest('hex'),
  };
}

/** '<a@b>' → 'a@b'; trimmed. */
export function normaliseMessageId(id: string): string {
  return id.trim().replace(/^<+/, '').replace(/>+$/, '').trim();
}

/** Every Message-ID in an In-Reply-To or References value (a string, or mailparser's array). */
export function messageIdsIn(value: string | string[]): string[] {
  const text = Array.isArray(value) ? value.join(' ') : value;
  const bracketed = [...text.matchAll(/<([^<>\s]+)>/g)].map((match) => match[1] ?? '');
  const ids = bracketed.length > 0 ? bracketed : text.split(/[\s,]+/);
  return [...new Set(ids.map(normaliseMessageId).filter((id) => id.length > 0))];
}

/** The text of (sanitised) HTML, through mailparser's own HTML-to-text conversion. */
async function textOfHtml(html: string): Promise<string> {
  const wrapped = await simpleParser(Buffer.from(`Content-Type: text/html; charset=utf-8\r\n\r\n${html}`), {
    skipImageLinks: true,
    skipTextLinks: true,
  });
  return noNul(wrapped.text ?? '');
}

/** PostgreSQL text and jsonb cannot hold U+0000; mail from the outside world may carry it. */
function noNul(text: string): string {
  return text.replaceAll('\u0000', '');
}

function hasHeaderBlock(raw: Buffer): boolean {
  const head = raw.subarray(0, 4096).toString('latin1');
  return /^[!-9;-~]+:/m.test(head);
}

function isStructured(value: HeaderValue | undefined): value is { value: string; params: Record<string, string> } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'params' in value;
}

function addressesOf(value: AddressObject | AddressObject[] | undefined): EmailAddress[] {
  const objects = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const out: EmailAddress[] = [];
  const walk = (entries: AddressObject['value']) => {
    for (const entry of entries) {
      if (entry.group) walk(entry.group);
      else if (entry.address) {
        out.push({ address: noNul(entry.address).trim().toLowerCase(), name: noNul(entry.name).trim() });
      }
    }
  };
  for (const object of objects) walk(object.value);
  return out;
}

function rawHeaders(mail: ParsedMail): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  for (const line of mail.headerLines) {
    const colon = line.line.indexOf(':');
    const value = colon < 0 ? '' : noNul(line.line.slice(colon + 1)).trim();
    headers.set(line.key, [...(headers.get(line.key) ?? []), value]);
  }
  return headers;
}

const EXTENSIONS: Record<string, string> = {
  'text/calendar': 'ics',
  'message/rfc822': 'eml',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'text/plain': 'txt',
  'text/html': 'html',
};

function defaultFileName(contentType: string, index: number): string {
  const extension = EXTENSIONS[contentType.toLowerCase()] ?? 'bin';
  return `attachment-${index + 1}.${extension}`;
}
