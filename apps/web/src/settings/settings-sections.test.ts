import { describe, expect, it } from 'vitest';
import { visibleSections } from './settings-sections';

describe('visibleSections', () => {
  it('shows admins every section', () => {
    expect(visibleSections('admin')).toEqual(['account', 'users', 'api-tokens', 'audit-log', 'profile']);
  });

  it('shows leads the users list and audit log', () => {
    expect(visibleSections('lead')).toEqual(['account', 'users', 'api-tokens', 'audit-log', 'profile']);
  });

  it('shows agents only what concerns them, including their own API tokens', () => {
    expect(visibleSections('agent')).toEqual(['account', 'api-tokens', 'profile']);
  });
});
