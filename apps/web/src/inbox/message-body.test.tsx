import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { MessageBody } from './message-body';

const html = (body: string, format: 'plain' | 'markdown' = 'markdown') =>
  renderToStaticMarkup(<MessageBody message={{ body, format, language: null }} />);

describe('message body', () => {
  it('renders Markdown emphasis, lists and links', () => {
    const out = html('**Готово**, see [the guide](https://example.com/guide)\n\n- one\n- two');
    expect(out).toContain('<strong>Готово</strong>');
    expect(out).toContain('<a href="https://example.com/guide" target="_blank" rel="noopener noreferrer nofollow">');
    expect(out).toContain('<li dir="auto">one</li>');
  });

  it('drops raw HTML instead of rendering it', () => {
    const out = html('Hi <script>alert(1)</script> <img src=x onerror=alert(2)> <b>bold</b>');
    expect(out).not.toMatch(/<script|<img|onerror|<b>/);
  });

  it('never links to javascript:, data: or relative targets', () => {
    const out = html('[a](javascript:alert(1)) [b](data:text/html,hi) [c](/api/v1/users) [d](mailto:x@y.z)');
    expect(out).not.toMatch(/javascript:|data:text|\/api\/v1/);
    expect(out.match(/<a /g)).toHaveLength(1);
    expect(out).toContain('href="mailto:x@y.z"');
  });

  it('shows images as links so that opening a message loads nothing remote', () => {
    const out = html('![tracking pixel](https://tracker.example/p.gif)');
    expect(out).not.toContain('<img');
    expect(out).toContain('href="https://tracker.example/p.gif"');
  });

  it('keeps plain text exactly as typed, Markdown characters included', () => {
    const out = html('**not bold** <i>', 'plain');
    expect(out).toBe('<p class="message__body" dir="auto">**not bold** &lt;i&gt;</p>');
  });

  it('lets Arabic run right to left by itself', () => {
    expect(html('مرحبا **بك**')).toContain('<p dir="auto">مرحبا <strong>بك</strong></p>');
  });
});
