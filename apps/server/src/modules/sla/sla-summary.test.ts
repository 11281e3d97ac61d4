import { describe, expect, it } from 'vitest';
import { BusinessHours } from '@sincere/contracts';
import type { SlaPolicy } from './sla-clock';
import { slaSummaryOf, type SlaFields } from './sla-summary';

const at = (iso: string) => new Date(`${iso}Z`);
const weekday = [{ start: '09:00', end: '18:00' }];
const moscowOffice = BusinessHours.parse({
  timeZone: 'Europe/Moscow',
  weekly: { monday: weekday, tuesday: weekday, wednesday: weekday, thursday: weekday, friday: weekday },
});
const policy: SlaPolicy = {
  basis: { kind: 'business', hours: moscowOffice },
  targets: { normal: { firstResponseMinutes: 120, resolutionMinutes: 480 } },
  warningFraction: 0.2,
};
const row = (values: Partial<SlaFields> = {}): SlaFields => ({
  status: 'open',
  priority: 'normal',
  slaPolicyId: 'policy',
  firstReplyAt: null,
  // Monday 10:30 and 16:30 in Moscow.
  firstResponseDueAt: at('2026-03-09T07:30'),
  resolutionDueAt: at('2026-03-09T13:30'),
  ...values,
});

describe('the SLA of a list row', () => {
  it('is ok over a weekend with most of the business time left', () => {
    expect(slaSummaryOf(row(), policy, at('2026-03-08T12:00'))).toEqual({
      firstResponse: { dueAt: '2026-03-09T07:30:00.000Z', state: 'ok' },
      resolution: { dueAt: '2026-03-09T13:30:00.000Z', state: 'ok' },
    });
  });

  it('warns once less than a fifth of the target is left in business time, and is breached after the due time', () => {
    expect(slaSummaryOf(row(), policy, at('2026-03-09T07:05'))?.firstResponse?.state).toBe('ok');
    expect(slaSummaryOf(row(), policy, at('2026-03-09T07:07'))?.firstResponse?.state).toBe('warning');
    expect(slaSummaryOf(row(), policy, at('2026-03-09T07:31'))?.firstResponse?.state).toBe('breached');
  });

  it('says whether the first reply came in time', () => {
    const now = at('2026-03-10T08:00');
    expect(slaSummaryOf(row({ firstReplyAt: at('2026-03-09T07:00') }), policy, now)?.firstResponse?.state).toBe('met');
    expect(slaSummaryOf(row({ firstReplyAt: at('2026-03-09T08:00') }), policy, now)?.firstResponse?.state).toBe(
      'met_late',
    );
  });

  it('shows no resolution clock while it is paused, and nothing without a policy or once resolved', () => {
    const now = at('2026-03-09T06:00');
    expect(slaSummaryOf(row({ status: 'pending', resolutionDueAt: null }), policy, now)).toEqual({
      firstResponse: { dueAt: '2026-03-09T07:30:00.000Z', state: 'ok' },
    });
    expect(slaSummaryOf(row(), null, now)).toBeNull();
    expect(slaSummaryOf(row({ status: 'resolved' }), policy, now)).toBeNull();
  });
});
