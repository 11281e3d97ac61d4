import type { CalendarDay } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../ui/busy-button';
import { formatDays } from './calendar-draft';

interface HiddenDaysProps {
  /** Each with the id of the account entry that hides it. */
  days: readonly CalendarDay[];
  editable: boolean;
  /** The key of the day whose request is running. */
  working: string | null;
  onBringBack: (day: CalendarDay, hidingId: string) => void;
}

/** Sincere's days the account hid: they count for nobody in it, until an admin brings them back. */
export function HiddenDays({ days, editable, working, onBringBack }: HiddenDaysProps) {
  const { t, i18n } = useTranslation();
  if (days.length === 0) return null;
  return (
    <section aria-labelledby="hidden-days-title">
      <h3 id="hidden-days-title">{t('cultureSettings.calendar.hidden')}</h3>
      <p className="muted">{t('cultureSettings.calendar.hiddenHint')}</p>
      <ul className="plain-list">
        {days.map((day) => {
          const hidingId = day.id;
          return (
            <li key={day.key}>
              <bdi>{day.name}</bdi>
              {' — '}
              <time dateTime={day.startsOn}>{formatDays(day.startsOn, day.endsOn, i18n.language)}</time>{' '}
              {editable && hidingId !== null ? (
                <BusyButton
                  type="button"
                  className="button button--small"
                  busy={working === day.key}
                  onClick={() => onBringBack(day, hidingId)}
                >
                  {t('cultureSettings.calendar.bringBack')}
                  <span className="visually-hidden">
                    {' '}
                    <bdi>{day.name}</bdi>
                  </span>
                </BusyButton>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
