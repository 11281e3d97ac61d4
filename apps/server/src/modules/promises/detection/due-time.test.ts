import { describe, expect, it } from 'vitest';
import { resolveDue, type DueContext, type DueExpression } from './due-time';

const moscow = (sentAt: string): DueContext => ({ sentAt: new Date(sentAt), timeZone: 'Europe/Moscow', country: 'RU' });
const saoPaulo = (sentAt: string): DueContext => ({
  sentAt: new Date(sentAt),
  timeZone: 'America/Sao_Paulo',
  country: 'BR',
});
const due = (expression: DueExpression, context: DueContext) => resolveDue(expression, context);

describe('resolveDue', () => {
  it('keeps a clock time on the send day while it is still ahead, in the customer’s offset', () => {
    expect(due({ kind: 'clock', hour: 15, minute: 30 }, moscow('2026-11-26T11:02:00+03:00'))).toBe(
      '2026-11-26T15:30:00+03:00',
    );
  });

  it('moves a clock time that has passed to the next day', () => {
    expect(due({ kind: 'clock', hour: 10, minute: 0 }, moscow('2026-11-26T11:02:00+03:00'))).toBe(
      '2026-11-27T10:00:00+03:00',
    );
  });

  it('puts a named day without a time at 18:00, even a Saturday', () => {
    const friday = moscow('2026-11-27T16:05:00+03:00');
    expect(due({ kind: 'day', day: { kind: 'offset', days: 1 } }, friday)).toBe('2026-11-28T18:00:00+03:00');
    expect(due({ kind: 'day', day: { kind: 'offset', days: 2 } }, friday)).toBe('2026-11-29T18:00:00+03:00');
  });

  it('takes a weekday strictly after the send day', () => {
    const monday = moscow('2026-11-23T10:00:00+03:00');
    expect(due({ kind: 'day', day: { kind: 'weekday', weekday: 1 } }, monday)).toBe('2026-11-30T18:00:00+03:00');
    expect(due({ kind: 'day', day: { kind: 'weekday', weekday: 5 } }, monday)).toBe('2026-11-27T18:00:00+03:00');
  });

  it('gives parts of the day our hours: morning 12, midday 15, afternoon 18, evening 21', () => {
    const early = moscow('2026-11-26T08:00:00+03:00');
    const tomorrow = { kind: 'offset', days: 1 } as const;
    expect(due({ kind: 'day', day: tomorrow, part: 'morning' }, early)).toBe('2026-11-27T12:00:00+03:00');
    expect(due({ kind: 'part', part: 'midday' }, early)).toBe('2026-11-26T15:00:00+03:00');
    expect(due({ kind: 'part', part: 'afternoon' }, early)).toBe('2026-11-26T18:00:00+03:00');
    expect(due({ kind: 'part', part: 'evening' }, early)).toBe('2026-11-26T21:00:00+03:00');
    expect(due({ kind: 'part', part: 'endOfDay' }, early)).toBe('2026-11-26T18:00:00+03:00');
  });

  it('reads a morning named in the afternoon as tomorrow’s', () => {
    expect(due({ kind: 'part', part: 'morning' }, moscow('2026-11-26T14:00:00+03:00'))).toBe(
      '2026-11-27T12:00:00+03:00',
    );
  });

  it('adds minutes and hours to the send time', () => {
    expect(due({ kind: 'minutes', minutes: 120 }, moscow('2026-11-24T09:30:00+03:00'))).toBe(
      '2026-11-24T11:30:00+03:00',
    );
  });

  it('counts days and weeks in calendar days, due at 18:00', () => {
    expect(due({ kind: 'days', days: 3 }, moscow('2026-11-30T23:30:00+03:00'))).toBe('2026-12-03T18:00:00+03:00');
    expect(due({ kind: 'days', days: 7 }, moscow('2026-12-29T12:00:00+03:00'))).toBe('2027-01-05T18:00:00+03:00');
  });

  it('counts business days across a weekend', () => {
    expect(due({ kind: 'businessDays', days: 3 }, moscow('2026-11-26T12:00:00+03:00'))).toBe(
      '2026-12-01T18:00:00+03:00',
    );
  });

  it('skips a Russian public holiday in business days', () => {
    // Tuesday 3 November; Wednesday 4 November is Unity Day.
    expect(due({ kind: 'businessDays', days: 2 }, moscow('2026-11-03T13:00:00+03:00'))).toBe(
      '2026-11-06T18:00:00+03:00',
    );
  });

  it('skips all of the Russian New Year holidays', () => {
    // 31 December 2026 is a day off too (moved from 4 January by the decree on 2026), then 1–8 January and a weekend.
    expect(due({ kind: 'businessDays', days: 2 }, moscow('2026-12-30T15:10:00+03:00'))).toBe(
      '2027-01-12T18:00:00+03:00',
    );
  });

  it('counts a Saturday Russia works by decree as a business day', () => {
    // Friday 31 October 2025; Saturday 1 November is worked, Monday 3 November is off instead.
    expect(due({ kind: 'businessDays', days: 1 }, moscow('2025-10-31T12:00:00+03:00'))).toBe(
      '2025-11-01T18:00:00+03:00',
    );
    expect(due({ kind: 'businessDays', days: 2 }, moscow('2025-10-31T12:00:00+03:00'))).toBe(
      '2025-11-05T18:00:00+03:00',
    );
  });

  it('skips the Saudi weekend, Friday and Saturday, and works Sunday', () => {
    const riyadh: DueContext = {
      sentAt: new Date('2026-11-26T10:00:00+03:00'),
      timeZone: 'Asia/Riyadh',
      country: 'SA',
    };
    expect(due({ kind: 'businessDays', days: 1 }, riyadh)).toBe('2026-11-29T18:00:00+03:00');
  });

  it('skips a Brazilian public holiday in business days', () => {
    // Wednesday 18 November; Friday 20 November is Black Consciousness Day.
    expect(due({ kind: 'businessDays', days: 2 }, saoPaulo('2026-11-18T15:00:00-03:00'))).toBe(
      '2026-11-23T18:00:00-03:00',
    );
  });

  it('does not skip another country’s holiday', () => {
    expect(due({ kind: 'businessDays', days: 2 }, saoPaulo('2026-11-03T13:00:00-03:00'))).toBe(
      '2026-11-05T18:00:00-03:00',
    );
  });

  it('skips the account’s own days off', () => {
    const context = { ...moscow('2026-11-26T12:00:00+03:00'), holidays: ['2026-11-27'] };
    expect(due({ kind: 'businessDays', days: 1 }, context)).toBe('2026-11-30T18:00:00+03:00');
  });

  it('falls due on Friday 18:00 of this week or the next', () => {
    const wednesday = moscow('2026-12-02T16:00:00+03:00');
    expect(due({ kind: 'week', which: 'this' }, wednesday)).toBe('2026-12-04T18:00:00+03:00');
    expect(due({ kind: 'week', which: 'next' }, wednesday)).toBe('2026-12-11T18:00:00+03:00');
  });

  it('resolves a date to its next occurrence on or after the send day', () => {
    const december = moscow('2026-12-20T10:00:00+03:00');
    expect(due({ kind: 'day', day: { kind: 'date', month: 12, day: 28 } }, december)).toBe('2026-12-28T18:00:00+03:00');
    expect(due({ kind: 'day', day: { kind: 'date', month: 1, day: 10 } }, december)).toBe('2027-01-10T18:00:00+03:00');
    expect(due({ kind: 'clock', hour: 14, minute: 0, day: { kind: 'date', month: 12, day: 3 } }, december)).toBe(
      '2027-12-03T14:00:00+03:00',
    );
  });

  it('uses New York’s winter offset after the switch on 1 November', () => {
    const context: DueContext = {
      sentAt: new Date('2026-11-02T09:00:00-05:00'),
      timeZone: 'America/New_York',
      country: 'US',
    };
    expect(due({ kind: 'day', day: { kind: 'offset', days: 1 } }, context)).toBe('2026-11-03T18:00:00-05:00');
    // A reply sent on the last evening of summer time, due the morning after the switch.
    const before: DueContext = {
      sentAt: new Date('2026-10-31T20:00:00-04:00'),
      timeZone: 'America/New_York',
      country: 'US',
    };
    expect(due({ kind: 'clock', hour: 10, minute: 0, day: { kind: 'offset', days: 1 } }, before)).toBe(
      '2026-11-01T10:00:00-05:00',
    );
    expect(due({ kind: 'minutes', minutes: 24 * 60 }, before)).toBe('2026-11-01T19:00:00-05:00');
  });

  it('ignores an unknown country rather than failing', () => {
    const context: DueContext = { sentAt: new Date('2026-11-26T12:00:00Z'), timeZone: 'UTC', country: 'XX' };
    expect(due({ kind: 'businessDays', days: 1 }, context)).toBe('2026-11-27T18:00:00Z');
  });
});
