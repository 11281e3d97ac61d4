import type { Role } from '@sincere/contracts';
import { SETTINGS_SECTIONS, type SettingsSection } from '../router/routes';
import { can, type Permission } from '../session/permissions';

/** Which permission (or which roles) a section needs; null means every signed-in user sees it. */
const REQUIRES: Record<SettingsSection, Permission | readonly Role[] | null> = {
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
  // Scorecards and the QA settings are the quality leads' (the server's QUALITY_LEADS).
  quality: ['admin', 'lead'],
  'api-tokens': null,
  'audit-log': 'auditLog.view',
  profile: null,
};

export function visibleSections(role: Role): SettingsSection[] {
  return SETTINGS_SECTIONS.filter((section) => {
    const needs = REQUIRES[section];
    if (needs === null) return true;
    return typeof needs === 'string' ? can(role, needs) : needs.includes(role);
  });
}
