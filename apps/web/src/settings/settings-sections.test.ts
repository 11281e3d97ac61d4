import { describe, expect, it } from 'vitest';
import { visibleSections } from './settings-sections';

describe('visibleSections', () => {
  it('shows admins every section', () => {
    expect(visibleSections('admin')).toEqual([
      'account',
      'users',
      'teams',
      'agents',
      'sla-policies',
      'macros',
      'api-tokens',
      'audit-log',
      'profile',
    ]);
  });

  it('shows leads the users list, agents’ presence and the audit log', () => {
    expect(visibleSections('lead')).toEqual(visibleSections('admin'));
  });

  it('shows agents only what concerns them: teams, SLA policies and macros to read, their own API tokens', () => {
    expect(visibleSections('agent')).toEqual(['account', 'teams', 'sla-policies', 'macros', 'api-tokens', 'profile']);
  });
});
