import type { CalendarEntry } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from '../local-date';
import { CUTI_BERSAMA, indonesiaOverlayEntries } from './indonesia';
import { RUSSIAN_TRANSFERS, russiaOverlayEntries } from './russia';

const days = (entry: CalendarEntry): string[] => {
  const all: string[] = [];
  for (let day = entry.startsOn; day <= entry.endsOn; day = addDays(day, 1)) all.push(day);
  return all;
};
const weekdays = (entries: CalendarEntry[]) => entries.flatMap(days).map(isoWeekday);

describe('Indonesian collective leave', () => {
  it('lists 2025’s ten days and 18 August, and 2026’s eight days, all on weekdays', () => {
    const in2025 = indonesiaOverlayEntries(2025);
    const in2026 = indonesiaOverlayEntries(2026);
    expect(in2025.flatMap(days)).toHaveLength(11);
    expect(in2026.flatMap(days)).toHaveLength(8);
    expect(weekdays([...in2025, ...in2026]).every((weekday) => weekday <= 5)).toBe(true);
  });

  it('makes them holidays from Sincere, keyed by date', () => {
    expect(indonesiaOverlayEntries(2026).find((entry) => entry.startsOn === '2026-03-23')).toEqual({
      key: 'id-cuti-bersama-2026-03-23',
      country: 'ID',
      startsOn: '2026-03-23',
      endsOn: '2026-03-24',
      kind: 'holiday',
      name: 'Collective leave (cuti bersama): Eid al-Fitr',
      approximate: false,
      source: 'sincere',
    });
  });

  it('has no year it is not sure of', () => {
    expect(CUTI_BERSAMA.map((decree) => decree.year)).toEqual([2025, 2026]);
    expect(indonesiaOverlayEntries(2027)).toEqual([]);
  });
});

describe('Russian transfers', () => {
  it('makes 1 November 2025, a Saturday, a working day and the Monday after off', () => {
    const in2025 = russiaOverlayEntries(2025);
    const worked = in2025.filter((entry) => entry.kind === 'working_day');
    expect(worked.map((entry) => [entry.startsOn, isoWeekday(entry.startsOn)])).toEqual([['2025-11-01', 6]]);
    expect(in2025.map((entry) => entry.startsOn)).toContain('2025-11-03');
  });

  it('moves days off only onto weekdays', () => {
    const off = [2025, 2026].flatMap(russiaOverlayEntries).filter((entry) => entry.kind === 'holiday');
    expect(off.map((entry) => entry.startsOn)).toEqual([
      '2025-05-02',
      '2025-05-08',
      '2025-06-13',
      '2025-11-03',
      '2025-12-31',
      '2026-01-09',
      '2026-05-11',
      '2026-12-31',
    ]);
    expect(weekdays(off).every((weekday) => weekday <= 5)).toBe(true);
  });

  it('has no year it is not sure of', () => {
    expect(RUSSIAN_TRANSFERS.map((decree) => decree.year)).toEqual([2025, 2026]);
    expect(russiaOverlayEntries(2027)).toEqual([]);
  });
});
