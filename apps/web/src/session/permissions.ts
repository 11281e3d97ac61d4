import type { Role } from '@sincere/contracts';

/**
 * What each role may do in the UI. The server enforces the same rules; the UI
 * only hides what would be refused, so nobody clicks into a 403.
 */
const GRANTS = {
  'account.edit': ['admin'],
  'users.view': ['admin', 'lead'],
  'users.manage': ['admin'],
  // Everyone manages their own personal tokens; admins also see and revoke everybody's.
  'apiTokens.viewAll': ['admin'],
  'auditLog.view': ['admin', 'lead'],
  // Everyone reads teams, SLA policies and shared macros; admins and leads run them.
  'teams.manage': ['admin', 'lead'],
  'agents.manage': ['admin', 'lead'],
  'slaPolicies.manage': ['admin', 'lead'],
  'macros.manageShared': ['admin', 'lead'],
  // Everyone sees which channels exist (never their secrets); only admins connect and change them.
  'channels.manage': ['admin'],
  'webhooks.manage': ['admin'],
  'connectors.manage': ['admin'],
  'customerFields.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof GRANTS;

export function can(role: Role, permission: Permission): boolean {
  return (GRANTS[permission] as readonly Role[]).includes(role);
}
