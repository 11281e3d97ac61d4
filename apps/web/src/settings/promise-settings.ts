/*
 * The account's promise settings are kept in minutes; people think of the default delay in hours. A value that is
 * not a number becomes NaN, which the contract's check turns into a field error rather than a silent default.
 */

/** 1440 → "24", 90 → "1.5". */
export function delayHoursOfMinutes(minutes: number): string {
  return String(Math.round((minutes / 60) * 100) / 100);
}

/** "24" → 1440, "1,5" → 90 (a comma is a decimal point in many languages); NaN for anything else. */
export function minutesOfDelayHours(hours: string): number {
  const text = hours.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return Number.NaN;
  return Math.round(Number(text) * 60);
}

/** "30" → 30; NaN for an empty, negative or fractional value. */
export function reminderMinutesOf(minutes: string): number {
  const text = minutes.trim();
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}
