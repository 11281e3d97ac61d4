import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How long, in the largest fitting unit: "5 min", "3 h", "2 d" (Intl does the words and plurals). */
export function formatWaiting(since: string, now: number, locale: string): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(since)) / 60_000));
  const [value, unit] =
    minutes < 60
      ? [minutes, 'minute']
      : minutes < 48 * 60
        ? [Math.floor(minutes / 60), 'hour']
        : [Math.floor(minutes / 1440), 'day'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}

/** Re-renders every minute, so waiting times keep counting. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function WaitingTime({ since }: { since: string | null }) {
  const { t, i18n } = useTranslation();
  const now = useMinuteClock();
  if (!since) return null;
  return (
    <time dateTime={since} className="waiting">
      {t('inbox.waiting', { duration: formatWaiting(since, now, i18n.language) })}
    </time>
  );
}
