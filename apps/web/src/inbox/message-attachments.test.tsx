import type { Attachment } from '@sincere/contracts';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../i18n/i18n';
import { MessageAttachments } from './message-attachments';

const i18n = i18next.createInstance();
await i18n
  .use(initReactI18next)
  .init({ resources, lng: 'en', initAsync: false, interpolation: { escapeValue: false } });

const file = (id: string, fileName: string, contentType: string, size = 2048): Attachment => ({
  id: `00000000-0000-4000-8000-${id.padStart(12, '0')}`,
  fileName,
  contentType,
  size,
  url: `/api/v1/attachments/00000000-0000-4000-8000-${id.padStart(12, '0')}`,
});

const html = (attachments: Attachment[]) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MessageAttachments attachments={attachments} />
    </I18nextProvider>,
  );

describe('a message’s files', () => {
  it('shows a photo as a thumbnail named by its file, with a download link and its size', () => {
    const out = html([file('1', 'receipt.png', 'image/png', 1536)]);
    expect(out).toContain('<img src="/api/v1/attachments/00000000-0000-4000-8000-000000000001" alt="receipt.png"');
    expect(out).toContain('download="receipt.png"');
    expect(out).toContain('<bdi dir="auto" class="attachment__name">receipt.png</bdi>');
    expect(out).toMatch(/1\.5\skB/);
  });

  it('never puts SVG or HTML into the page, only a link to download it', () => {
    const out = html([file('2', 'logo.svg', 'image/svg+xml'), file('3', 'page.html', 'text/html')]);
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<object');
    expect(out.match(/download="/g)).toHaveLength(2);
  });

  it('escapes a file name rather than reading it as markup', () => {
    const out = html([file('4', '<img src=x onerror=alert(1)>.txt', 'text/plain')]);
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;.txt');
  });

  it('renders nothing for a message without files', () => {
    expect(html([])).toBe('');
  });
});
