import { CalendarDay, CalendarView, ETIQUETTE_API } from '@sincere/contracts';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, apiSend, apiSendEmpty, withQuery } from '../../api/client';
import { useErrorText } from '../../api/use-error-text';
import { useResource } from '../../api/use-resource';
import { Field } from '../../forms/field';
import { can } from '../../session/permissions';
import { useSignedIn } from '../../session/session-context';
import { useConfirm } from '../../ui/confirm-dialog';
import { useToast } from '../../ui/toast-context';
import { SectionStatus } from '../section-loading';
import {
  CALENDAR_COUNTRIES,
  countryOptions,
  defaultCountry,
  FIRST_YEAR,
  hideRequestOf,
  LAST_YEAR,
  linkParts,
} from './calendar-draft';
import { CalendarDaysTable } from './calendar-days-table';
import { CalendarEntryDialog } from './calendar-entry-dialog';
import { HiddenDays } from './hidden-days';

/** A country's calendar for a year: public holidays, Sincere's overlay (Ramadan…) and the account's own days. */
export function CalendarSection() {
  const { t, i18n } = useTranslation();
  const { session } = useSignedIn();
  // Calendars are account settings: the server lets admins change them, as it does the account itself.
  const manage = can(session.user.role, 'account.edit');
  const confirm = useConfirm();
  const toast = useToast();
  const errorText = useErrorText();
  const quietHelpId = useId();
  const [thisYear] = useState(() => new Date().getFullYear());
  const [country, setCountry] = useState(() => defaultCountry(navigator.languages));
  const [year, setYear] = useState(thisYear);
  const [adding, setAdding] = useState(false);
  const [working, setWorking] = useState<string | null>(null);
  const countries = useMemo(() => countryOptions(CALENDAR_COUNTRIES, i18n.language), [i18n.language]);
  const countryName = countries.find((option) => option.code === country)?.name ?? country;
  const calendar = useResource(
    (signal) => apiGet(withQuery(ETIQUETTE_API.calendar, { country, year }), CalendarView, signal),
    [country, year],
  );
  // The last calendar stays while the next loads: show it only while it is still the one asked for.
  const view = calendar.data?.country === country && calendar.data.year === year ? calendar.data : null;
  const days = view ? [...view.entries].sort((a, b) => a.startsOn.localeCompare(b.startsOn)) : [];

  /** Runs a change to the calendar, says it is done, and loads the calendar again: hidden days move between lists. */
  const run = async (key: string, change: () => Promise<unknown>, done: string) => {
    setWorking(key);
    try {
      await change();
      toast.success(done);
      calendar.reload();
    } catch (error) {
      toast.error(errorText(error));
    } finally {
      setWorking(null);
    }
  };

  const remove = async (day: CalendarDay, id: string) => {
    const ok = await confirm({
      title: t('cultureSettings.calendar.removeTitle'),
      body: t('cultureSettings.calendar.removeBody', { name: day.name, country: countryName }),
      confirmLabel: t('cultureSettings.calendar.remove'),
      danger: true,
    });
    if (ok) {
      await run(
        day.key,
        () => apiSendEmpty('DELETE', ETIQUETTE_API.calendarEntry(id)),
        t('cultureSettings.calendar.removed', { name: day.name }),
      );
    }
  };
  const hide = (day: CalendarDay) =>
    run(
      day.key,
      () => apiSend('POST', ETIQUETTE_API.calendarEntries, hideRequestOf(day), CalendarDay),
      t('cultureSettings.calendar.hiddenDone', { name: day.name }),
    );
  const bringBack = (day: CalendarDay, hidingId: string) =>
    run(
      day.key,
      () => apiSendEmpty('DELETE', ETIQUETTE_API.calendarEntry(hidingId)),
      t('cultureSettings.calendar.broughtBack', { name: day.name }),
    );

  return (
    <section className="section" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t('cultureSettings.calendar.title')}</h2>
      <p className="section__intro">{t('cultureSettings.calendar.intro')}</p>
      {manage ? null : <p className="notice">{t('cultureSettings.calendar.readOnly')}</p>}
      <div className="form__row">
        <Field label={t('cultureSettings.calendar.country')}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={country}
              onChange={(event) => setCountry(event.target.value)}
            >
              {countries.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="field" role="group" aria-label={t('cultureSettings.calendar.year')}>
          <span>{t('cultureSettings.calendar.year')}</span>
          <div className="inline-form">
            <button
              type="button"
              className="button"
              disabled={year <= FIRST_YEAR}
              aria-label={t('cultureSettings.calendar.previousYear', { year: year - 1 })}
              onClick={() => setYear(year - 1)}
            >
              ← {year - 1}
            </button>
            <strong aria-live="polite">{year}</strong>
            <button
              type="button"
              className="button"
              disabled={year >= LAST_YEAR}
              aria-label={t('cultureSettings.calendar.nextYear', { year: year + 1 })}
              onClick={() => setYear(year + 1)}
            >
              {year + 1} →
            </button>
            {year === thisYear ? null : (
              <button type="button" className="button button--quiet" onClick={() => setYear(thisYear)}>
                {t('cultureSettings.calendar.thisYear')}
              </button>
            )}
          </div>
        </div>
      </div>
      {manage ? (
        <p>
          <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
            {t('cultureSettings.calendar.add')}
          </button>
        </p>
      ) : null}

      <h3 aria-live="polite" aria-busy={calendar.loading || undefined}>
        {t('cultureSettings.calendar.heading', { country: countryName, year })}
      </h3>
      <p id={quietHelpId} className="notice">
        {t('cultureSettings.calendar.quietHelp')}
      </p>
      {view && !calendar.error ? (
        <>
          {days.length === 0 ? (
            <p className="empty">{t('cultureSettings.calendar.empty', { country: countryName, year })}</p>
          ) : (
            <CalendarDaysTable
              caption={t('cultureSettings.calendar.heading', { country: countryName, year })}
              days={days}
              quietHelpId={quietHelpId}
              editable={manage}
              working={working}
              onRemove={(day, id) => void remove(day, id)}
              onHide={(day) => void hide(day)}
            />
          )}
          {days.some((day) => day.approximate) ? (
            <p className="muted">{t('cultureSettings.calendar.approximateHelp')}</p>
          ) : null}
          <HiddenDays
            days={view.removed}
            editable={manage}
            working={working}
            onBringBack={(day, hidingId) => void bringBack(day, hidingId)}
          />
          <p className="muted" dir="auto">
            <small>
              {linkParts(view.attribution).map((part, index) =>
                part.kind === 'link' ? (
                  <a key={index} href={part.href} target="_blank" rel="noreferrer">
                    {part.href}
                  </a>
                ) : (
                  <span key={index}>{part.text}</span>
                ),
              )}
            </small>
          </p>
        </>
      ) : (
        <SectionStatus error={calendar.error} />
      )}
      <CalendarEntryDialog
        open={adding}
        country={{ code: country, name: countryName }}
        onAdded={(day) => {
          toast.success(t('cultureSettings.calendar.added', { name: day.name }));
          setAdding(false);
          calendar.reload();
        }}
        onClose={() => setAdding(false)}
      />
    </section>
  );
}
