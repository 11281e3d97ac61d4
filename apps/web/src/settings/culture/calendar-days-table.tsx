import type { CalendarDay, CalendarEntryKind } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../ui/busy-button';
import { dayAction, formatDays } from './calendar-draft';

const KIND_BADGE: Record<CalendarEntryKind, string> = {
  holiday: 'badge badge--revoked',
  working_day: 'badge badge--active',
  quiet: 'badge badge--night',
  observance: 'badge',
};

interface CalendarDaysTableProps {
  caption: string;
  days: readonly CalendarDay[];
  /** The id of the notice that explains quiet periods, for their kind to point at. */
  quietHelpId: string;
  /** Admins remove the account's days and hide shipped ones; others only read. */
  editable: boolean;
  /** The key of the day whose request is running. */
  working: string | null;
  onRemove: (day: CalendarDay, id: string) => void;
  onHide: (day: CalendarDay) => void;
}

/** A country's days for a year: when, what kind of day, its name, and where it comes from. */
export function CalendarDaysTable(props: CalendarDaysTableProps) {
  const { caption, days, quietHelpId, editable, working, onRemove, onHide } = props;
  const { t, i18n } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cultureSettings.calendar.days')}</th>
            <th scope="col">{t('cultureSettings.calendar.name')}</th>
            <th scope="col">{t('cultureSettings.calendar.kind')}</th>
            <th scope="col">{t('cultureSettings.calendar.source')}</th>
            {editable ? <th scope="col">{t('itemTable.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {days.map((day) => {
            const action = dayAction(day);
            const hiddenName = (
              <span className="visually-hidden">
                {' '}
                <bdi>{day.name}</bdi>
              </span>
            );
            return (
              <tr key={day.key}>
                <td>
                  <time dateTime={day.startsOn}>{formatDays(day.startsOn, day.endsOn, i18n.language)}</time>
                  {day.approximate ? (
                    <>
                      {' '}
                      <span className="badge badge--pending">{t('cultureSettings.calendar.approximate')}</span>
                    </>
                  ) : null}
                </td>
                <th scope="row">
                  <bdi>{day.name}</bdi>
                </th>
                <td>
                  <span
                    className={KIND_BADGE[day.kind]}
                    aria-describedby={day.kind === 'quiet' ? quietHelpId : undefined}
                  >
                    {t(`cultureSettings.calendar.kinds.${day.kind}.label`)}
                  </span>
                </td>
                <td>{t(`cultureSettings.calendar.sources.${day.source}`)}</td>
                {editable ? (
                  <td>
                    {action.kind === 'remove' ? (
                      <BusyButton
                        type="button"
                        className="button button--small button--danger-quiet"
                        busy={working === day.key}
                        onClick={() => onRemove(day, action.id)}
                      >
                        {t('cultureSettings.calendar.remove')}
                        {hiddenName}
                      </BusyButton>
                    ) : (
                      <BusyButton
                        type="button"
                        className="button button--small"
                        busy={working === day.key}
                        onClick={() => onHide(day)}
                      >
                        {t('cultureSettings.calendar.hide')}
                        {hiddenName}
                      </BusyButton>
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
