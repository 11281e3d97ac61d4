import type { CalendarEntry } from '@sincere/contracts';
import { decreedEntries, type DecreedYear } from './decreed-days';

/*
 * Cuti bersama: collective leave the government adds around national holidays each year by a joint decree of
 * three ministers (SKB 3 Menteri: Religious Affairs, Manpower, and Administrative and Bureaucratic Reform).
 * date-holidays does not have it. Civil servants are off and most offices close, so it is a holiday here; for a
 * private employer it is optional (Manpower circular SE 2/MEN/XII/2016) and counts against annual leave, so an
 * account that works those days removes them.
 *
 * 2027 is left out: its decree is usually signed between September and November of the year before, and it was
 * not known when this was written. Add it, with its number, when it is published.
 */
export const CUTI_BERSAMA: readonly DecreedYear[] = [
  {
    // SKB No. 1017/2024, 2/2024 and 2/2024 of 14 October 2024, amended by SKB No. 933/2025, 1/2025 and 3/2025
    // of 7 August 2025, which added 18 August for the 80th Independence Day.
    year: 2025,
    holidays: [
      { from: '2025-01-28', name: 'Collective leave (cuti bersama): Chinese New Year' },
      { from: '2025-03-28', name: 'Collective leave (cuti bersama): Nyepi' },
      { from: '2025-04-02', to: '2025-04-04', name: 'Collective leave (cuti bersama): Eid al-Fitr' },
      { from: '2025-04-07', name: 'Collective leave (cuti bersama): Eid al-Fitr' },
      { from: '2025-05-13', name: 'Collective leave (cuti bersama): Vesak' },
      { from: '2025-05-30', name: 'Collective leave (cuti bersama): Ascension Day' },
      { from: '2025-06-09', name: 'Collective leave (cuti bersama): Eid al-Adha' },
      { from: '2025-08-18', name: 'Collective leave (cuti bersama): Independence Day' },
      { from: '2025-12-26', name: 'Collective leave (cuti bersama): Christmas' },
    ],
    workingDays: [],
  },
  {
    // SKB No. 1497/2025, 2/2025 and 5/2025 (announced 19 September 2025).
    year: 2026,
    holidays: [
      { from: '2026-02-16', name: 'Collective leave (cuti bersama): Chinese New Year' },
      { from: '2026-03-18', name: 'Collective leave (cuti bersama): Nyepi' },
      { from: '2026-03-20', name: 'Collective leave (cuti bersama): Eid al-Fitr' },
      { from: '2026-03-23', to: '2026-03-24', name: 'Collective leave (cuti bersama): Eid al-Fitr' },
      { from: '2026-05-15', name: 'Collective leave (cuti bersama): Ascension Day' },
      { from: '2026-05-28', name: 'Collective leave (cuti bersama): Eid al-Adha' },
      { from: '2026-12-24', name: 'Collective leave (cuti bersama): Christmas' },
    ],
    workingDays: [],
  },
];

export function indonesiaOverlayEntries(year: number): CalendarEntry[] {
  return decreedEntries('ID', year, CUTI_BERSAMA, (_kind, from) => `id-cuti-bersama-${from}`);
}
