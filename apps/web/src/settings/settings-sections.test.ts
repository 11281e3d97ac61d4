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
      'culture',
      'calendar',
      'channels',
      'webhooks',
      'customer-fields',
      'connectors',
      'quality',
      'api-tokens',
      'audit-log',
      'profile',
    ]);
  });

  it('shows leads the users list, agents’ presence, quality review and the audit log, but not webhooks, customer fields or connectors', () => {
    const adminOnly = ['webhooks', 'customer-fields', 'connectors'];
    expect(visibleSections('lead')).toEqual(visibleSections('admin').filter((section) => !adminOnly.includes(section)));
  });

  it('shows agents only what concerns them: teams, SLA policies, macros, culture, calendars and channels to read, their own API tokens', () => {
    expect(visibleSections('agent')).toEqual([
      'account',
      'teams',
      'sla-policies',
      'macros',
      'culture',
      'calendar',
      'channels',
      'api-tokens',
      'profile',
    ]);
  });
});
