import type { Customer, CustomerAttributeDefinition } from '@sincere/contracts';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n/i18n';
import { ProfileDetails } from './profile-details';

const i18n = i18next.createInstance();
await i18n
  .use(initReactI18next)
  .init({ resources, lng: 'en', initAsync: false, interpolation: { escapeValue: false } });

const render = (customer: Customer, definitions: CustomerAttributeDefinition[] = []) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ProfileDetails customer={customer} definitions={definitions} />
    </I18nextProvider>,
  );

const olga: Customer = {
  id: '00000000-0000-4000-8000-0000000000aa',
  name: 'Olga',
  email: 'olga@example.com',
  phone: null,
  locale: null,
  country: null,
  timeZone: 'Asia/Jakarta',
  company: '<b>Acme</b>',
  addressAs: 'Ibu Olga',
  referralSource: null,
  plan: 'Pro',
  revenue: { amountCents: 129_900, currency: 'EUR' },
  attributes: { seats: 1200 },
  identities: [
    { kind: 'email', value: 'olga@example.com' },
    { kind: 'telegram', value: '700100' },
    { kind: 'web_visitor', value: null },
  ],
  mergedIntoId: null,
  forgottenAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

const seats: CustomerAttributeDefinition = {
  id: '00000000-0000-4000-8000-0000000000bb',
  key: 'seats',
  label: 'Seats',
  type: 'number',
  options: [],
  position: 0,
  createdAt: '2026-01-01T00:00:00Z',
};

describe('the customer’s details', () => {
  it('shows the local time with its zone, money, form of address and the account’s fields', () => {
    const out = render(olga, [seats]);
    expect(out).toMatch(/\(Asia\/Jakarta\)<\/time>/);
    expect(out).toContain('€1,299.00');
    expect(out).toContain('Ibu Olga');
    expect(out).toContain('<dt><bdi>Seats</bdi></dt><dd><bdi>1,200</bdi></dd>');
  });

  it('shows customer-supplied text as text, never as markup', () => {
    expect(render(olga)).toContain('&lt;b&gt;Acme&lt;/b&gt;');
  });

  it('lists the other ways the customer is known, an anonymous visitor by kind only, not the profile’s email again', () => {
    const out = render(olga);
    expect(out).toContain('Telegram: <bdi>700100</bdi>');
    expect(out).toContain('<li>Chat widget visitor (anonymous)</li>');
    expect(out.match(/olga@example\.com/g)).toHaveLength(1);
  });

  it('says so when nothing is known', () => {
    const nothing = { ...olga, email: null, timeZone: null, company: null, addressAs: null, plan: null };
    expect(render({ ...nothing, revenue: null, attributes: {}, identities: [] })).toContain(
      'Nothing known about this customer yet.',
    );
  });
});
