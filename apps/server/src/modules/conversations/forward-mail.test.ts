import { describe, expect, it } from 'vitest';
import type { Message } from '@sincere/contracts';
import { escapeHtml, forwardMessageId, forwardSubject, renderForward, type ForwardTranscript } from './forward-mail';

const message = (direction: Message['direction'], body: string, author: string | null = null): Message =>
  ({
    id: '00000000-0000-4000-8000-000000000001',
    direction,
    author: author ? { id: '00000000-0000-4000-8000-000000000002', name: author } : null,
    body,
    format: 'plain',
    language: null,
    createdAt: '2026-03-01T09:30:00.000Z',
  }) as Message;

const transcript = (messages: Message[], subject: string | null = 'Late delivery'): ForwardTranscript => ({
  subject,
  customer: { name: 'Olga <Smirnova>', email: 'olga@example.com' },
  messages,
});

describe('the forwarded mail', () => {
  it('is about the subject, or the customer when there is none, on one line', () => {
    expect(forwardSubject(transcript([], 'Late\r\ndelivery'))).toBe('Fwd: Late delivery');
    expect(forwardSubject(transcript([], null))).toBe('Fwd: Olga <Smirnova>');
  });

  it('puts customer text into the HTML part as text, never as markup', () => {
    const { html, text } = renderForward(transcript([message('inbound', '<script>alert("x")</script> & more')]), null);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Olga &lt;Smirnova&gt;');
    expect(text).toContain('<script>alert("x")</script> & more');
  });

  it('lets each message and the comment find their own direction', () => {
    const { html } = renderForward(transcript([message('inbound', 'مرحبا، أين طلبي؟')]), 'Please have a look');
    expect(html).toContain('<div dir="auto" style="white-space: pre-wrap">مرحبا، أين طلبي؟</div>');
    expect(html).toContain('<p dir="auto" style="white-space: pre-wrap">Please have a look</p>');
  });

  it('names who wrote each message and marks internal notes', () => {
    const { text } = renderForward(
      transcript([message('inbound', 'Hi'), message('outbound', 'Hello', 'Anna'), message('note', 'Refund?', 'Anna')]),
      null,
    );
    expect(text).toContain('[2026-03-01 09:30 UTC] Olga <Smirnova>:\nHi');
    expect(text).toContain('Anna:\nHello');
    expect(text).toContain('Anna (internal note):\nRefund?');
  });

  it('has one Message-ID per forward, in the sender’s domain', () => {
    const id = '6f1c0f8e-2b7a-4c53-9d0e-1f2a3b4c5d6e';
    expect(forwardMessageId(id, 'Support <help@shop.example>')).toBe(`<forward.${id}@shop.example>`);
    expect(forwardMessageId(id, 'help@shop.example')).toBe(`<forward.${id}@shop.example>`);
    expect(forwardMessageId(id, 'nobody')).toBe(`<forward.${id}@sincere.invalid>`);
    expect(escapeHtml(`'`)).toBe('&#39;');
  });
});
