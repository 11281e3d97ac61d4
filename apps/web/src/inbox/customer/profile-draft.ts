import type { Customer, CustomerAttributeDefinition } from '@sincere/contracts';
import { minorDigits } from './profile-format';

/** The edit form's values, as typed. */
export interface ProfileDraft {
  name: string;
  email: string;
  phone: string;
  locale: string;
  country: string;
  timeZone: string;
  company: string;
  addressAs: string;
  referralSource: string;
  plan: string;
  /** In major units as a person writes them ("1299.90", "1 299,90"). */
  revenueAmount: string;
  revenueCurrency: string;
  /** Customer field key → value as typed (a date as YYYY-MM-DD, a list's option). */
  attributes: Record<string, string>;
}

const TEXT_FIELDS = [
  'name',
  'email',
  'phone',
  'locale',
  'country',
  'timeZone',
  'company',
  'addressAs',
  'referralSource',
  'plan',
] as const;

export function draftOfCustomer(customer: Customer, definitions: readonly CustomerAttributeDefinition[]): ProfileDraft {
  const revenue = customer.revenue;
  return {
    name: customer.name,
    email: customer.email ?? '',
    phone: customer.phone ?? '',
    locale: customer.locale ?? '',
    country: customer.country ?? '',
    timeZone: customer.timeZone ?? '',
    company: customer.company ?? '',
    addressAs: customer.addressAs ?? '',
    referralSource: customer.referralSource ?? '',
    plan: customer.plan ?? '',
    revenueAmount: revenue ? String(revenue.amountCents / 10 ** minorDigits(revenue.currency)) : '',
    revenueCurrency: revenue?.currency ?? '',
    attributes: Object.fromEntries(
      definitions.map((definition) => [definition.key, String(customer.attributes[definition.key] ?? '')]),
    ),
  };
}

/** "1 299,90" → 1299.9; NaN for what is not a number (the contract then names the field). */
export function parseAmount(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '');
  const normal = /,\d{1,2}$/.test(compact) ? compact.replace(/\./g, '').replace(',', '.') : compact.replace(/,/g, '');
  return normal === '' ? NaN : Number(normal);
}

/**
 * The body of PATCH /customers/:id: every field, an empty one as null (cleared), revenue in minor units of its
 * currency, and each customer field's value as typed (the server checks it against the field's type).
 */
export function requestOfDraft(
  draft: ProfileDraft,
  definitions: readonly CustomerAttributeDefinition[],
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) {
    const value = draft[field].trim();
    body[field] = field === 'name' ? value : value === '' ? null : value;
  }
  const amount = draft.revenueAmount.trim();
  const currency = draft.revenueCurrency.trim().toUpperCase();
  body['revenue'] =
    amount === '' && currency === ''
      ? null
      : { amountCents: Math.round(parseAmount(amount) * 10 ** minorDigits(currency)), currency };
  body['attributes'] = Object.fromEntries(
    definitions.map((definition) => {
      const value = (draft.attributes[definition.key] ?? '').trim();
      return [definition.key, value === '' ? null : value];
    }),
  );
  return body;
}
