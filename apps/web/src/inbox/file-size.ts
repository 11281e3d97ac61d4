const UNITS = ['kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * A file's size in the reader's language ("340 bytes", "1.5 MB", "1,5 МБ"), in steps
 * of 1024 as the server's attachment limit counts them; one decimal below 10.
 */
export function formatFileSize(bytes: number, locale: string): string {
  const size = Math.max(0, Math.round(bytes));
  if (size < 1024)
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(size);
  let value = size / 1024;
  let unit = 0;
  // Compare what will be shown, so that 1023.99 KB reads "1 MB", not "1,024 KB".
  while (unit < UNITS.length - 1 && rounded(value) >= 1024) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit] ?? 'gigabyte',
    unitDisplay: 'short',
    maximumFractionDigits: rounded(value) < 10 ? 1 : 0,
  }).format(value);
}

function rounded(value: number): number {
  return value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
}
