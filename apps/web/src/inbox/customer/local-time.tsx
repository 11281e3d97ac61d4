import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalTime, untilNextMinute } from './profile-format';

/** The time where the customer is, with their zone's name, kept current as each minute starts. */
export function LocalTime({ timeZone }: { timeZone: string }) {
  const { t, i18n } = useTranslation();
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      setNow(new Date());
      timer = setTimeout(tick, untilNextMinute(new Date()));
    };
    timer = setTimeout(tick, untilNextMinute(new Date()));
    return () => clearTimeout(timer);
  }, []);

  const time = formatLocalTime(now, timeZone, i18n.language);
  if (!time) return <bdi>{timeZone}</bdi>;
  return <time dateTime={now.toISOString()}>{t('customerProfile.localTimeValue', { time, zone: timeZone })}</time>;
}
