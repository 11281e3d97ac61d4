import { describe, expect, it } from 'vitest';
import {
  calendarDaysBetween,
  followUpDueAt,
  formatDue,
  formatDueForBoth,
  fromLocalInput,
  promiseBadge,
  sortDuePromises,
  toLocalInput,
} from './promise-format';

const now = new Date('2026-11-26T10:00:00.000Z');

describe('promise badge', () => {
  const open = { status: 'open' as const, remindAt: '2026-11-26T15:00:00.000Z', remindedAt: null };

  it('stays "open" until the reminder time', () => {
    expect(promiseBadge(open, now)).toBe('open');
  });

  it('says "due soon" once the owner was reminded, whatever this screen’s clock says', () => {
    expect(promiseBadge({ ...open, remindedAt: '2026-11-26T15:00:00.000Z' }, now)).toBe('due_soon');
  });

  it('says "due soon" once the reminder time passed here, before the server’s sweep', () => {
    expect(promiseBadge(open, new Date('2026-11-26T15:01:00.000Z'))).toBe('due_soon');
  });

  it('shows settled and broken promises as the server says', () => {
    for (const status of ['broken', 'kept', 'cancelled'] as const) {
      expect(promiseBadge({ ...open, status, remindedAt: '2026-11-26T15:00:00.000Z' }, now)).toBe(status);
    }
  });
});

describe('due times', () => {
  it('says today and tomorrow in words, in the reader’s language', () => {
    expect(formatDue('2026-11-26T15:30:00.000Z', 'en-GB', now, 'UTC')).toBe('today 15:30');
    expect(formatDue('2026-11-27T09:00:00.000Z', 'en-GB', now, 'UTC')).toBe('tomorrow 09:00');
    expect(formatDue('2026-11-26T15:30:00.000Z', 'ru', now, 'UTC')).toBe('сегодня 15:30');
    expect(formatDue('2026-11-27T09:00:00.000Z', 'ru', now, 'UTC')).toBe('завтра 09:00');
    expect(formatDue('2026-11-25T18:00:00.000Z', 'en-GB', now, 'UTC')).toBe('yesterday 18:00');
  });

  it('gives the weekday and date further away, and the year only when it is another one', () => {
    const friday = formatDue('2026-11-28T10:00:00.000Z', 'en-GB', now, 'UTC');
    expect(friday).toContain('Sat');
    expect(friday).toContain('28');
    expect(friday).toContain('10:00');
    expect(friday).not.toContain('2026');
    expect(formatDue('2027-01-05T10:00:00.000Z', 'en-GB', now, 'UTC')).toContain('2027');
  });

  it('reads the day in the given zone: late evening in UTC is already tomorrow in Moscow', () => {
    const late = '2026-11-26T22:30:00.000Z';
    expect(formatDue(late, 'en-GB', now, 'UTC')).toBe('today 22:30');
    expect(formatDue(late, 'en-GB', now, 'Europe/Moscow')).toBe('tomorrow 01:30');
    expect(calendarDaysBetween(now, new Date(late), 'Europe/Moscow')).toBe(1);
  });

  it('adds the customer’s time only when their clock reads differently', () => {
    const due = '2026-11-26T12:30:00.000Z';
    expect(formatDueForBoth(due, 'en-GB', 'Europe/Moscow', now, 'Europe/Berlin')).toEqual({
      agent: 'today 13:30',
      customer: 'today 15:30',
    });
    expect(formatDueForBoth(due, 'en-GB', 'Europe/Berlin', now, 'Europe/Berlin').customer).toBeNull();
    expect(formatDueForBoth(due, 'en-GB', 'Europe/Paris', now, 'Europe/Berlin').customer).toBeNull();
    expect(formatDueForBoth(due, 'en-GB', null, now, 'Europe/Berlin').customer).toBeNull();
    expect(formatDueForBoth(due, 'en-GB', 'Not/AZone', now, 'Europe/Berlin').customer).toBeNull();
  });
});

describe('due list order', () => {
  it('puts broken promises first, then the soonest due', () => {
    const items = [
      { id: 'late-open', status: 'open' as const, dueAt: '2026-11-28T10:00:00.000Z' },
      { id: 'soon-open', status: 'open' as const, dueAt: '2026-11-26T11:00:00.000Z' },
      { id: 'broken-recent', status: 'broken' as const, dueAt: '2026-11-26T09:00:00.000Z' },
      { id: 'broken-old', status: 'broken' as const, dueAt: '2026-11-20T09:00:00.000Z' },
    ];
    expect(sortDuePromises(items).map((item) => item.id)).toEqual([
      'broken-old',
      'broken-recent',
      'soon-open',
      'late-open',
    ]);
  });
});

describe('date-time fields', () => {
  it('round-trips an instant through a datetime-local value to the minute', () => {
    const iso = '2026-11-26T15:30:00.000Z';
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
  });

  it('reads an empty or broken value as no time', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('tomorrow')).toBeNull();
    expect(toLocalInput('not a date')).toBe('');
  });

  it('plans a follow-up N days ahead at 10:00 on the agent’s clock', () => {
    const start = new Date(2026, 10, 26, 17, 45);
    const due = new Date(followUpDueAt(2, start));
    expect([due.getFullYear(), due.getMonth(), due.getDate(), due.getHours(), due.getMinutes()]).toEqual([
      2026, 10, 28, 10, 0,
    ]);
  });
});
