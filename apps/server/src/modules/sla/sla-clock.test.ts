import { describe, expect, it } from 'vitest';
import { BusinessHours } from '@sincere/contracts';
import { evaluateSla, type SlaCycle, type SlaPolicy } from './sla-clock';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (iso: string) => new Date(`${iso}Z`);

const calendar: SlaPolicy = {
  basis: { kind: 'calendar' },
  targets: { high: { firstResponseMinutes: 60, resolutionMinutes: 8 * 60 }, normal: { firstResponseMinutes: 240 } },
};

const officeDay = [
  { start: '09:00', end: '13:00' },
  { start: '14:00', end: '18:00' },
];
const berlinOffice = BusinessHours.parse({
  timeZone: 'Europe/Berlin',
  weekly: { monday: officeDay, tuesday: officeDay, wednesday: officeDay, thursday: officeDay, friday: officeDay },
});
const business: SlaPolicy = {
  basis: { kind: 'business', hours: berlinOffice },
  targets: { normal: { firstResponseMinutes: 4 * 60, resolutionMinutes: 16 * 60 } },
};

const cycle = (overrides: Partial<SlaCycle> = {}): SlaCycle => ({
  startedAt: at('2026-03-02T10:00'),
  firstHumanReplyAt: null,
  resolvedAt: null,
  pendingPeriods: [],
  ...overrides,
});

describe('first response', () => {
  it('counts down a running calendar target', () => {
    const { firstResponse } = evaluateSla(calendar, 'high', cycle(), at('2026-03-02T10:30'));
    expect(firstResponse).toEqual({
      targetMillis: HOUR,
      dueAt: at('2026-03-02T11:00'),
      state: 'ok',
      remainingMillis: 30 * MINUTE,
      overdueMillis: 0,
      paused: false,
    });
  });

  it('warns once less than 20% of the target is left', () => {
    expect(evaluateSla(calendar, 'high', cycle(), at('2026-03-02T10:48')).firstResponse?.state).toBe('ok');
    expect(evaluateSla(calendar, 'high', cycle(), at('2026-03-02T10:49')).firstResponse?.state).toBe('warning');
    expect(evaluateSla(calendar, 'high', cycle(), at('2026-03-02T11:00')).firstResponse?.state).toBe('warning');
  });

  it('warns earlier when a number of minutes is configured', () => {
    const policy = { ...calendar, warningMinutes: 30 };
    expect(evaluateSla(policy, 'high', cycle(), at('2026-03-02T10:29')).firstResponse?.state).toBe('ok');
    expect(evaluateSla(policy, 'high', cycle(), at('2026-03-02T10:31')).firstResponse?.state).toBe('warning');
  });

  it('is breached once the due time has passed, and says by how much', () => {
    const { firstResponse } = evaluateSla(calendar, 'high', cycle(), at('2026-03-02T11:20'));
    expect(firstResponse).toMatchObject({ state: 'breached', remainingMillis: 0, overdueMillis: 20 * MINUTE });
  });

  it('is met by a human reply up to the due time, and met late after it', () => {
    const met = evaluateSla(
      calendar,
      'high',
      cycle({ firstHumanReplyAt: at('2026-03-02T10:45') }),
      at('2026-03-02T12:00'),
    );
    expect(met.firstResponse).toMatchObject({ state: 'met', remainingMillis: 15 * MINUTE, overdueMillis: 0 });
    const onTime = evaluateSla(
      calendar,
      'high',
      cycle({ firstHumanReplyAt: at('2026-03-02T11:00') }),
      at('2026-03-02T12:00'),
    );
    expect(onTime.firstResponse?.state).toBe('met');
    const late = evaluateSla(
      calendar,
      'high',
      cycle({ firstHumanReplyAt: at('2026-03-02T11:05') }),
      at('2026-03-02T12:00'),
    );
    expect(late.firstResponse).toMatchObject({ state: 'met_late', remainingMillis: 0, overdueMillis: 5 * MINUTE });
  });

  it('stops at a resolution that came without any human reply', () => {
    const { firstResponse } = evaluateSla(
      calendar,
      'high',
      cycle({ resolvedAt: at('2026-03-02T10:40') }),
      at('2026-03-02T12:00'),
    );
    expect(firstResponse).toMatchObject({ state: 'met', remainingMillis: 20 * MINUTE });
  });

  it('makes a Friday-evening message with a 4-business-hour target due on Monday', () => {
    // Friday 19:30 in Berlin; Monday 09:00–13:00 Berlin time is 08:00–12:00Z.
    const friday = cycle({ startedAt: at('2026-03-06T18:30') });
    const saturday = evaluateSla(business, 'normal', friday, at('2026-03-07T12:00')).firstResponse;
    expect(saturday).toMatchObject({ dueAt: at('2026-03-09T12:00'), state: 'ok', remainingMillis: 4 * HOUR });
    // During Monday's lunch it is breached, though no business time has run over yet.
    const lunch = evaluateSla(business, 'normal', friday, at('2026-03-09T12:30')).firstResponse;
    expect(lunch).toMatchObject({ state: 'breached', overdueMillis: 0 });
    const afternoon = evaluateSla(business, 'normal', friday, at('2026-03-09T13:30')).firstResponse;
    expect(afternoon).toMatchObject({ state: 'breached', overdueMillis: 30 * MINUTE });
  });

  it('keeps running while the conversation is pending', () => {
    const pending = cycle({ pendingPeriods: [{ from: at('2026-03-02T10:10'), to: null }] });
    const { firstResponse } = evaluateSla(calendar, 'high', pending, at('2026-03-02T11:10'));
    expect(firstResponse).toMatchObject({ state: 'breached', paused: false, overdueMillis: 10 * MINUTE });
  });
});

describe('resolution', () => {
  const started = { startedAt: at('2026-03-02T09:00'), firstHumanReplyAt: at('2026-03-02T09:30') };

  it('leaves pending time out of the clock and moves the due time by it', () => {
    const status = evaluateSla(
      calendar,
      'high',
      cycle({ ...started, pendingPeriods: [{ from: at('2026-03-02T10:00'), to: at('2026-03-02T13:00') }] }),
      at('2026-03-02T15:00'),
    );
    expect(status.resolution).toMatchObject({ dueAt: at('2026-03-02T20:00'), state: 'ok', remainingMillis: 5 * HOUR });
  });

  it('is paused while pending, due as if it resumed now', () => {
    const status = evaluateSla(
      calendar,
      'high',
      cycle({ ...started, pendingPeriods: [{ from: at('2026-03-02T10:00'), to: null }] }),
      at('2026-03-02T12:00'),
    );
    expect(status.resolution).toMatchObject({
      dueAt: at('2026-03-02T19:00'),
      state: 'ok',
      remainingMillis: 7 * HOUR,
      paused: true,
    });
  });

  it('merges overlapping pending periods and ignores pending time before the cycle', () => {
    const pendingPeriods = [
      { from: at('2026-03-02T08:00'), to: at('2026-03-02T09:30') },
      { from: at('2026-03-02T10:00'), to: at('2026-03-02T12:00') },
      { from: at('2026-03-02T11:00'), to: at('2026-03-02T13:00') },
    ];
    const status = evaluateSla(calendar, 'high', cycle({ ...started, pendingPeriods }), at('2026-03-02T15:00'));
    // 6 hours since the start, 3.5 of them pending.
    expect(status.resolution).toMatchObject({ dueAt: at('2026-03-02T20:30'), remainingMillis: 5.5 * HOUR });
  });

  it('is met when the active time up to the resolution fits the target', () => {
    const status = evaluateSla(
      calendar,
      'high',
      cycle({
        ...started,
        resolvedAt: at('2026-03-02T19:00'),
        pendingPeriods: [{ from: at('2026-03-02T10:00'), to: at('2026-03-02T13:00') }],
      }),
      at('2026-03-03T09:00'),
    );
    expect(status.resolution).toMatchObject({ state: 'met', remainingMillis: HOUR });
  });

  it('counts business hours minus the pending ones', () => {
    // Monday 09:00 Berlin; pending the whole Monday afternoon: 4 + 8 + 4 business hours end Wednesday 13:00.
    const status = evaluateSla(
      business,
      'normal',
      cycle({
        startedAt: at('2026-03-02T08:00'),
        pendingPeriods: [{ from: at('2026-03-02T13:00'), to: at('2026-03-02T17:00') }],
      }),
      at('2026-03-03T10:00'),
    );
    expect(status.resolution).toMatchObject({ dueAt: at('2026-03-04T12:00'), state: 'ok', remainingMillis: 10 * HOUR });
  });
});

describe('policies', () => {
  it('has no clock for a priority or a target the policy leaves out', () => {
    expect(evaluateSla(calendar, 'low', cycle(), at('2026-03-02T10:30'))).toEqual({
      firstResponse: null,
      resolution: null,
    });
    expect(evaluateSla(calendar, 'normal', cycle(), at('2026-03-02T10:30')).resolution).toBeNull();
  });

  it('refuses a target that is not a positive number of minutes', () => {
    const broken: SlaPolicy = { ...calendar, targets: { urgent: { firstResponseMinutes: 0 } } };
    expect(() => evaluateSla(broken, 'urgent', cycle(), at('2026-03-02T10:30'))).toThrow(RangeError);
  });
});
