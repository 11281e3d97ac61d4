import type { Role } from '@sincere/contracts';

/**
 * What each role may do with a customer's profile, as the server allows it: the roles that answer customers
 * edit, write notes and merge duplicates; admins and leads export a customer's data; only admins forget one.
 */
const GRANTS = {
  edit: ['admin', 'lead', 'agent'],
  export: ['admin', 'lead'],
  forget: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type CustomerAction = keyof typeof GRANTS;

export function mayOnCustomer(role: Role, action: CustomerAction): boolean {
  return (GRANTS[action] as readonly Role[]).includes(role);
}
