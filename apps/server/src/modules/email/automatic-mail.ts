import type { ParsedEmail } from './parse-email';

const SYSTEM_SENDERS = /^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)(@|$)/i;

/**
 * Why this email is mail no person wrote (a bounce, a complaint report, an auto-reply, bulk mail), or null.
 * Such mail never opens or reopens a conversation: answering it would loop, and it is not a customer talking.
 * `mailFrom` is the SMTP envelope sender when the caller knows it: '' is the null sender bounces use.
 */
export function automaticMailReason(email: ParsedEmail, mailFrom?: string | null): string | null {
  if (email.contentType === 'multipart/report') {
    return `a ${email.reportType ?? 'delivery'} report (multipart/report)`;
  }
  const autoSubmitted = header(email, 'auto-submitted')?.toLowerCase();
  if (autoSubmitted && autoSubmitted.split(';')[0]?.trim() !== 'no') {
    return `Auto-Submitted: ${autoSubmitted}`;
  }
  for (const name of ['x-autoreply', 'x-autorespond', 'x-autoresponder']) {
    const value = header(email, name);
    if (value !== null && !/^(no|false|0)$/i.test(value)) return `${name}: ${value || '(set)'}`;
  }
  const precedence = header(email, 'precedence')?.toLowerCase();
  if (precedence && ['bulk', 'junk', 'auto_reply', 'auto-reply'].includes(precedence)) {
    return `Precedence: ${precedence}`;
  }
  if (mailFrom !== undefined && mailFrom !== null && isNullSender(mailFrom)) return 'the envelope sender is empty (<>)';
  const returnPath = header(email, 'return-path');
  if (returnPath !== null && isNullSender(returnPath)) return 'Return-Path is empty (<>)';
  if (email.from && SYSTEM_SENDERS.test(email.from.address)) return `sent by ${email.from.address}`;
  if (mailFrom && SYSTEM_SENDERS.test(mailFrom.replace(/^<|>$/g, ''))) return `sent by ${mailFrom}`;
  return null;
}

function isNullSender(value: string): boolean {
  return value.replace(/[<>\s]/g, '') === '';
}

function header(email: ParsedEmail, name: string): string | null {
  const values = email.headers.get(name);
  return values && values.length > 0 ? (values[0] ?? '').trim() : null;
}
