import type { ConnectorCard } from '@sincere/contracts';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n/i18n';
import { ConnectorCardBody } from './connector-card-body';

const i18n = i18next.createInstance();
await i18n
  .use(initReactI18next)
  .init({ resources, lng: 'en', initAsync: false, interpolation: { escapeValue: false } });

const html = (card: ConnectorCard) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ConnectorCardBody card={card} caption="Billing" locale="en" />
    </I18nextProvider>,
  );

describe('a connector card', () => {
  it('shows each field by its format: money, date, a link in a new tab, a coloured badge', () => {
    const markup = html({
      fields: [
        { label: 'MRR', value: 49.5, format: 'money', currency: 'EUR' },
        { label: 'Renews', value: '2025-03-01', format: 'date' },
        { label: 'Portal', value: 'Open portal', format: 'link', href: 'https://billing.example.com/p/1' },
        { label: 'Status', value: 'Active', format: 'badge', tone: 'good' },
        { label: 'Seats', value: null, format: 'text' },
      ],
    });
    expect(markup).toContain('€49.50');
    expect(markup).toContain('Mar 1, 2025');
    expect(markup).toContain(
      '<a href="https://billing.example.com/p/1" target="_blank" rel="noopener noreferrer"><bdi>Open portal</bdi>',
    );
    expect(markup).toContain('<span class="badge badge--active"><bdi>Active</bdi></span>');
    expect(markup).toContain('<dd><bdi>—</bdi></dd>');
  });

  it('shows a list as a table, one row per item, and escapes the company’s text', () => {
    const markup = html({
      title: 'Orders',
      fields: [],
      items: [
        { title: 'A-1', fields: [{ label: 'Total', value: 30, format: 'money', currency: 'USD' }] },
        {
          title: '<img src=x onerror=alert(1)>',
          fields: [{ label: 'State', value: 'late', format: 'badge', tone: 'bad' }],
        },
      ],
    });
    expect(markup).toContain(
      '<th scope="col">Item</th><th scope="col"><bdi>Total</bdi></th><th scope="col"><bdi>State</bdi></th>',
    );
    expect(markup).toContain('<th scope="row"><bdi>A-1</bdi></th><td><bdi>$30.00</bdi></td><td>—</td>');
    expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(markup).not.toContain('<img');
  });

  it('does not follow a link that is not http or https', () => {
    const markup = html({ fields: [{ label: 'Portal', value: 'Open', format: 'link', href: 'javascript:alert(1)' }] });
    expect(markup).not.toContain('<a ');
    expect(markup).not.toContain('javascript:');
  });
});
