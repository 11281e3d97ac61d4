import { describe, expect, it } from 'vitest';
import { can } from './permissions';

describe('permissions', () => {
  it('lets admins do everything', () => {
    expect(can('admin', 'users.manage')).toBe(true);
    expect(can('admin', 'account.edit')).toBe(true);
    expect(can('admin', 'apiTokens.viewAll')).toBe(true);
  });

  it('lets leads read users and the audit log but not change them', () => {
    expect(can('lead', 'users.view')).toBe(true);
    expect(can('lead', 'auditLog.view')).toBe(true);
    expect(can('lead', 'users.manage')).toBe(false);
    expect(can('lead', 'account.edit')).toBe(false);
  });

  it('keeps agents and reviewers out of user management', () => {
    for (const role of ['agent', 'reviewer'] as const) {
      expect(can(role, 'users.view')).toBe(false);
      expect(can(role, 'auditLog.view')).toBe(false);
    }
  });

  it('lets admins and leads run teams, agents, SLA policies and shared macros, and nobody else', () => {
    const permissions = ['teams.manage', 'agents.manage', 'slaPolicies.manage', 'macros.manageShared'] as const;
    for (const permission of permissions) {
      expect(can('admin', permission)).toBe(true);
      expect(can('lead', permission)).toBe(true);
      expect(can('agent', permission)).toBe(false);
      expect(can('reviewer', permission)).toBe(false);
    }
  });
});
