import type { CalendarEntry } from '@sincere/contracts';
import { decreedEntries, type DecreedYear } from './decreed-days';

/*
 * Russia's production calendar beyond date-holidays. The Labour Code (art. 112) makes 1–8 January, 23 February,
 * 8 March, 1 and 9 May, 12 June and 4 November days off; date-holidays has those (1–8 January as New Year's
 * Day, a five-day New Year Holiday from 2 January, Christmas and 8 January), so none are repeated here. What it
 * lacks: each year the government moves the weekend days that fall on 1–8 January, and other days, by decree,
 * which makes some Saturdays working days; and a holiday on a Saturday or Sunday moves to the next working day
 * unless the decree says otherwise (date-holidays does this for 8 March only).
 *
 * 2027 is left out: the decree on 2027 is usually adopted in the autumn before and was not known when this was
 * written (expected transfers were only discussed, e.g. a working Saturday 13 November). Add it when published.
 */
export const RUSSIAN_TRANSFERS: readonly DecreedYear[] = [
  {
    // Government decree No. 1335 of 4 October 2024 "О переносе выходных дней в 2025 году".
    year: 2025,
    holidays: [
      { from: '2025-05-02', name: 'Day off (transferred from 4 January)' },
      { from: '2025-05-08', name: 'Day off (transferred from 23 February)' },
      { from: '2025-06-13', name: 'Day off (transferred from 8 March)' },
      { from: '2025-11-03', name: 'Day off (transferred from 1 November)' },
      { from: '2025-12-31', name: 'Day off (transferred from 5 January)' },
    ],
    workingDays: [{ from: '2025-11-01', name: 'Working Saturday (day off moved to 3 November)' }],
  },
  {
    // Government decree of 24 September 2025 "О переносе выходных дней в 2026 году": 3 and 4 January (Saturday and
    // Sunday) move to Friday 9 January and Thursday 31 December; no Saturday is worked. 9 May falls on a
    // Saturday, so Monday 11 May is off (Labour Code art. 112; the government's announcement lists 9–11 May).
    year: 2026,
    holidays: [
      { from: '2026-01-09', name: 'Day off (transferred from 3 January)' },
      { from: '2026-05-11', name: 'Day off (Victory Day falls on a Saturday)' },
      { from: '2026-12-31', name: 'Day off (transferred from 4 January)' },
    ],
    workingDays: [],
  },
];

export function russiaOverlayEntries(year: number): CalendarEntry[] {
  return decreedEntries('RU', year, RUSSIAN_TRANSFERS, (kind, from) =>
    kind === 'working_day' ? `ru-working-day-${from}` : `ru-day-off-${from}`,
  );
}
