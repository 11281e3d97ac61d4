import type { Message } from '@sincere/contracts';

/** What a forwarded conversation's mail is made of. */
export interface ForwardTranscript {
  subject: string | null;
  customer: { name: string; email: string | null };
  /** In the order they were written; notes only when the agent asked for them. */
  messages: Message[];
}

/** "Fwd: <subject or customer name>", on one line whatever the stored subject holds. */
export function forwardSubject(transcript: ForwardTranscript): string {
  const about = (transcript.subject?.trim() || transcript.customer.name).replace(/\s+/g, ' ');
  return `Fwd: ${about}`;
}

/**
 * The Message-ID of a forward: the same on every attempt of one job, so a retry after
 * a send whose record was lost can be recognised by the receiving mail systems.
 */
export function forwardMessageId(forwardId: string, from: string): string {
  const domain = /@([^\s>]+)>?\s*$/.exec(from)?.[1] ?? 'sincere.invalid';
  return `<forward.${forwardId}@${domain}>`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Customer and agent text goes into the HTML part as text, never as markup. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

const at = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

function whoWrote(message: Message, customerName: string): string {
  if (message.direction === 'inbound') return customerName;
  const author = message.author?.name ?? 'Agent';
  return message.direction === 'note' ? `${author} (internal note)` : author;
}

/** The plain-text and HTML bodies: the agent's comment, then the transcript. */
export function renderForward(transcript: ForwardTranscript, comment: string | null): { text: string; html: string } {
  const { customer, messages } = transcript;
  const contact = customer.email ? `${customer.name} <${customer.email}>` : customer.name;
  const subject = transcript.subject?.trim() || '—';

  const text = [
    ...(comment ? [comment, ''] : []),
    '---------- Forwarded conversation ----------',
    `Subject: ${subject}`,
    `Customer: ${contact}`,
    '',
    ...messages.flatMap((message) => [
      `[${at(message.createdAt)}] ${whoWrote(message, customer.name)}:`,
      message.body,
      '',
    ]),
  ].join('\n');

  // dir="auto" on every piece of written text: Arabic or Hebrew reads right to left, each message on its own.
  const html = [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8"></head><body style="font-family: sans-serif; line-height: 1.4">',
    ...(comment ? [`<p dir="auto" style="white-space: pre-wrap">${escapeHtml(comment)}</p><hr>`] : []),
    '<p><strong>Forwarded conversation</strong><br>',
    `Subject: <span dir="auto">${escapeHtml(subject)}</span><br>`,
    `Customer: <span dir="auto">${escapeHtml(contact)}</span></p>`,
    ...messages.map((message) => {
      const shade = message.direction === 'note' ? 'background: #fff8dc; ' : '';
      return [
        `<div style="${shade}margin: 12px 0; padding: 4px 8px; border-left: 3px solid #ccc">`,
        `<div style="color: #555"><strong dir="auto">${escapeHtml(whoWrote(message, customer.name))}</strong> · ${at(message.createdAt)}</div>`,
        `<div dir="auto" style="white-space: pre-wrap">${escapeHtml(message.body)}</div>`,
        '</div>',
      ].join('');
    }),
    '</body></html>',
  ].join('\n');
  return { text, html };
}
