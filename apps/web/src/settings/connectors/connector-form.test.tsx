import type { Connector } from '@sincere/contracts';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n/i18n';
import { ConnectorForm } from './connector-form';

const i18n = i18next.createInstance();
await i18n
  .use(initReactI18next)
  .init({ resources, lng: 'en', initAsync: false, interpolation: { escapeValue: false } });

const html = (connector: Connector | null) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ConnectorForm connector={connector} onCreated={() => {}} onSaved={() => {}} onCancel={() => {}} />
    </I18nextProvider>,
  );

const signed: Connector = {
  id: '00000000-0000-4000-8000-000000000002',
  name: 'Payments',
  kind: 'signed',
  urlTemplate: 'https://pay.example.com/sincere',
  headerNames: ['X-Gateway-Key'],
  timeoutMs: 2000,
  cacheTtlSeconds: 60,
  mapping: null,
  actions: [],
  allowPrivate: false,
  active: true,
  position: 0,
  createdAt: '2025-01-10T10:00:00.000Z',
  updatedAt: '2025-01-10T10:00:00.000Z',
};

describe('the connector form', () => {
  it('offers both kinds for a new connector, the placeholders it may use, and the mapping of an HTTP GET one', () => {
    const markup = html(null);
    expect(markup).toContain('HTTP GET');
    expect(markup).toContain('Signed request');
    expect(markup).toContain('{{customer.externalId}}, {{customer.email}}');
    expect(markup).toContain('From the answer to the card');
    expect(markup).toContain('Field 1');
  });

  it('shows a signed connector’s stored header by name only, and no mapping', () => {
    const markup = html(signed);
    expect(markup).toContain('Signed request: chosen when the connector was added.');
    expect(markup).toContain('<code dir="ltr">X-Gateway-Key</code>');
    expect(markup).toContain('Value of X-Gateway-Key');
    expect(markup).toContain('placeholder="Unchanged"');
    expect(markup).not.toContain('From the answer to the card');
    expect(markup).toContain('Check the Sincere-Signature header');
  });
});
