import type { Role } from '@sincere/contracts';
import { SETTINGS_SECTIONS, type SettingsSection } from '../router/routes';
import { can, type Permission } from '../session/permissions';

/** Which permission a section needs; null means every signed-in user sees it. */
const REQUIRES: Record<SettingsSection, Permission | null> = {
  account: null,
  users: 'users.view',
  teams: null,
  agents: 'agents.manage',
  'sla-policies': null,
  macros: null,
  culture: null,
  calendar: null,
  channels: null,
  webhooks: 'webhooks.manage',
  'customer-fields': 'customerFields.manage',
  connectors: 'connectors.manage',
  'api-tokens': null,
  'audit-log': 'auditLog.view',
  profile: null,
};

export function visibleSections(role: Role): SettingsSection[] {
  return SETTINGS_SECTIONS.filter((section) => {
    const permission = REQUIRES[section];
    return permission === null || can(role, permission);
  });
}
