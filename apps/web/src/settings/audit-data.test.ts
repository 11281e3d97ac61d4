import { describe, expect, it } from 'vitest';
import { describeAuditData } from './audit-data';

describe('describeAuditData', () => {
  it('lists the changed values in one line', () => {
    expect(describeAuditData({ from: 'agent', to: 'lead' })).toBe('from: agent, to: lead');
  });

  it('writes non-text values as JSON', () => {
    expect(describeAuditData({ fields: ['name'], days: 30 })).toBe('fields: ["name"], days: 30');
    expect(describeAuditData({})).toBe('');
  });
});
