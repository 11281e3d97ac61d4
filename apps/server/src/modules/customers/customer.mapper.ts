import type { Customer, CustomerAttributeDefinition, CustomerIdentity, CustomerNote } from '@sincere/contracts';
import type { customerIdentities, customerNotes, customers } from '@sincere/db';
import { parseAttributeValue, type AttributeDefinitionRow, type AttributeValue } from './customer-attributes';

export type CustomerRow = typeof customers.$inferSelect;
export type IdentityRow = Pick<typeof customerIdentities.$inferSelect, 'kind' | 'value'>;
export type NoteRow = typeof customerNotes.$inferSelect;

/**
 * A customer as the API shows it. Only the values of fields the account still defines, and that fit the field's
 * type, are shown: a deleted field's values stay stored but harmless. A widget visitor's identity is the hash of
 * their browser's token: shown by its kind only.
 */
export function toCustomer(
  row: CustomerRow,
  identities: readonly IdentityRow[],
  definitions: readonly AttributeDefinitionRow[],
): Customer {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    locale: row.locale,
    country: row.country,
    timeZone: row.timeZone,
    company: row.company,
    addressAs: row.addressAs,
    referralSource: row.referralSource,
    plan: row.plan,
    revenue:
      row.revenueCents !== null && row.revenueCurrency !== null
        ? { amountCents: row.revenueCents, currency: row.revenueCurrency }
        : null,
    attributes: shownAttributes(row.attributes, definitions),
    identities: identities.map(toIdentity),
    mergedIntoId: row.mergedIntoId,
    forgottenAt: row.forgottenAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toIdentity(row: IdentityRow): CustomerIdentity {
  return { kind: row.kind, value: row.kind === 'web_visitor' ? null : row.value };
}

/** The stored values of the defined fields, in the fields' order. */
export function shownAttributes(
  stored: Readonly<Record<string, AttributeValue>>,
  definitions: readonly AttributeDefinitionRow[],
): Record<string, AttributeValue> {
  const shown: Record<string, AttributeValue> = {};
  for (const definition of definitions) {
    const value = stored[definition.key];
    if (value === undefined) continue;
    if (parseAttributeValue(definition, value).ok) shown[definition.key] = value;
  }
  return shown;
}

export function toAttributeDefinition(row: AttributeDefinitionRow): CustomerAttributeDefinition {
  return {
    id: row.id,
    key: row.key,
    label: row.label,
    type: row.type,
    options: row.options,
    position: row.position,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toCustomerNote(row: NoteRow, author: { id: string; name: string } | null): CustomerNote {
  return {
    id: row.id,
    customerId: row.customerId,
    author,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
