import type { Customer, CustomerAttributeDefinition } from '@sincere/contracts';
import { UpdateCustomerRequest } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { draftOfCustomer, parseAmount, requestOfDraft } from './profile-draft';

const definition = (key: string, type: CustomerAttributeDefinition['type']): CustomerAttributeDefinition => ({
  id: `00000000-0000-4000-8000-${key.padStart(12, '0').slice(-12)}`,
  key,
  label: key,
  type,
  options: type === 'list' ? ['SMB', 'Enterprise'] : [],
  position: 0,
  createdAt: '2026-01-01T00:00:00Z',
});
const definitions = [definition('segment', 'list'), definition('seats', 'number')];

const olga: Customer = {
  id: '00000000-0000-4000-8000-0000000000aa',
  name: 'Olga',
  email: 'olga@example.com',
  phone: null,
  locale: 'ru',
  country: 'RU',
  timeZone: 'Europe/Moscow',
  company: 'Acme',
  addressAs: null,
  referralSource: null,
  plan: 'Pro',
  revenue: { amountCents: 129_990, currency: 'EUR' },
  attributes: { seats: 12 },
  identities: [],
  mergedIntoId: null,
  forgottenAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('the profile edit form', () => {
  it('starts from the customer, revenue in major units', () => {
    const draft = draftOfCustomer(olga, definitions);
    expect(draft).toMatchObject({
      email: 'olga@example.com',
      phone: '',
      revenueAmount: '1299.9',
      revenueCurrency: 'EUR',
    });
    expect(draft.attributes).toEqual({ segment: '', seats: '12' });
  });

  it('sends unchanged values back as they were, and empty ones as cleared', () => {
    const body = requestOfDraft({ ...draftOfCustomer(olga, definitions), company: '  ' }, definitions);
    expect(body).toMatchObject({
      name: 'Olga',
      email: 'olga@example.com',
      company: null,
      phone: null,
      revenue: { amountCents: 129_990, currency: 'EUR' },
      attributes: { segment: null, seats: '12' },
    });
    expect(UpdateCustomerRequest.safeParse(body).success).toBe(true);
  });

  it('reads amounts written with spaces, commas or points, in the currency’s minor units', () => {
    expect(parseAmount('1 299,90')).toBe(1299.9);
    expect(parseAmount('1,299.90')).toBe(1299.9);
    expect(parseAmount('twelve')).toBeNaN();
    const draft = { ...draftOfCustomer(olga, definitions), revenueAmount: '1500', revenueCurrency: 'jpy' };
    expect(requestOfDraft(draft, definitions)['revenue']).toEqual({ amountCents: 1500, currency: 'JPY' });
  });

  it('lets the contract name the revenue field when the amount is not a number or the currency is missing', () => {
    const wrong = requestOfDraft({ ...draftOfCustomer(olga, definitions), revenueAmount: 'lots' }, definitions);
    const amountIssue = UpdateCustomerRequest.safeParse(wrong).error?.issues[0]?.path.join('.');
    expect(amountIssue).toBe('revenue.amountCents');
    const noCurrency = requestOfDraft({ ...draftOfCustomer(olga, definitions), revenueCurrency: '' }, definitions);
    expect(UpdateCustomerRequest.safeParse(noCurrency).error?.issues[0]?.path.join('.')).toBe('revenue.currency');
  });
});
