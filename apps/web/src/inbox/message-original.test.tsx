import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../i18n/i18n';
import { MessageDelivery } from './message-delivery';
import { OriginalContent } from './message-original';

const i18n = i18next.createInstance();
await i18n
  .use(initReactI18next)
  .init({ resources, lng: 'en', initAsync: false, interpolation: { escapeValue: false } });

const render = (node: React.ReactNode) => renderToStaticMarkup(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);

describe('an email’s original', () => {
  it('shows the HTML only inside a frame sandboxed with no permissions', () => {
    const out = render(
      <OriginalContent original={{ text: 'Hi', html: '<p>Hi <b>there</b></p>', quoted: '> earlier mail' }} />,
    );
    expect(out).toMatch(/<iframe[^>]* sandbox=""[^>]* srcDoc="&lt;p&gt;Hi &lt;b&gt;there&lt;\/b&gt;&lt;\/p&gt;"/i);
    // The markup is a string in the frame's attribute, never elements of the page.
    expect(out).not.toContain('<b>there</b>');
  });

  it('shows the quoted part as text, and the full text of a plain-text email', () => {
    const out = render(<OriginalContent original={{ text: 'Hi\n> <i>old</i>', html: null, quoted: '> <i>old</i>' }} />);
    expect(out).toContain('&gt; &lt;i&gt;old&lt;/i&gt;');
    expect(out).not.toContain('<iframe');
  });
});

describe('a reply’s delivery', () => {
  it('says in words that it failed, and why', () => {
    const out = render(<MessageDelivery delivery={{ status: 'failed', error: 'Mailbox unavailable' }} />);
    expect(out).toContain('Not delivered');
    expect(out).toContain('Mailbox unavailable');
  });

  it('says it is sending while it is pending', () => {
    expect(render(<MessageDelivery delivery={{ status: 'pending', error: null }} />)).toContain('Sending…');
  });
});
