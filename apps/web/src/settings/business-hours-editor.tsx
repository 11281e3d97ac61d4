import { WEEKDAYS } from '@sincere/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { weeklyOpenMinutes, type BusinessHoursDraft } from './business-hours-form';
import { formatMinutes } from './duration';
import { HolidayCountryField } from './holiday-country-field';
import { HolidaysEditor } from './holidays-editor';
import { TimeZoneField } from './time-zone-field';
import { WeekdayBlocks } from './weekday-blocks';

interface BusinessHoursEditorProps {
  hours: BusinessHoursDraft;
  /** Form errors by contract path; this editor reads those under `businessHours.`. */
  errors: Record<string, string>;
  onChange: (hours: BusinessHoursDraft) => void;
  /** Read-only viewers see the schedule without the buttons that change it. */
  editable: boolean;
}

/** The schedule an SLA counts in: a time zone, open blocks per weekday (breaks are gaps), holidays. */
export function BusinessHoursEditor({ hours, errors, onChange, editable }: BusinessHoursEditorProps) {
  const { t, i18n } = useTranslation();
  const alwaysOpenHint = useId();
  const change = (update: Partial<BusinessHoursDraft>) => onChange({ ...hours, ...update });
  return (
    <fieldset className="business-hours">
      <legend className="choice-group__legend">{t('businessHours.title')}</legend>
      <TimeZoneField
        label={t('businessHours.timeZone')}
        hint={t('businessHours.timeZoneHint')}
        error={errors['businessHours.timeZone']}
        value={hours.timeZone}
        onValue={(timeZone) => change({ timeZone })}
      />
      <label className="choice">
        <input
          type="checkbox"
          checked={hours.alwaysOpen}
          aria-describedby={alwaysOpenHint}
          onChange={(event) => change({ alwaysOpen: event.target.checked })}
        />
        <span>
          <span className="choice__label">{t('businessHours.alwaysOpen')}</span>
          <span id={alwaysOpenHint} className="field__hint choice__hint">
            {t('businessHours.alwaysOpenHint')}
          </span>
        </span>
      </label>
      {hours.alwaysOpen ? null : (
        <>
          <div className="business-hours__week">
            <p className="field__hint">{t('businessHours.weekHint')}</p>
            {errors['businessHours.weekly'] ? (
              <p className="field__error" role="alert">
                {errors['businessHours.weekly']}
              </p>
            ) : null}
            {WEEKDAYS.map((day, index) => (
              <WeekdayBlocks
                key={day}
                day={day}
                nextDay={WEEKDAYS[(index + 1) % WEEKDAYS.length] ?? 'monday'}
                blocks={hours.weekly[day]}
                errors={errors}
                editable={editable}
                onChange={(blocks) => change({ weekly: { ...hours.weekly, [day]: blocks } })}
                onCopyToNext={(blocks) => {
                  const next = WEEKDAYS[(index + 1) % WEEKDAYS.length] ?? 'monday';
                  change({ weekly: { ...hours.weekly, [next]: blocks } });
                }}
              />
            ))}
            <p className="muted" aria-live="polite">
              {t('businessHours.weeklyTotal', {
                hours: formatMinutes(weeklyOpenMinutes(hours), i18n.language, 'hour'),
              })}
            </p>
          </div>
          <HolidayCountryField
            value={hours.holidayCountry}
            error={errors['businessHours.holidayCountry']}
            editable={editable}
            onChange={(holidayCountry) => change({ holidayCountry })}
          />
          <HolidaysEditor
            holidays={hours.holidays}
            errors={errors}
            editable={editable}
            onChange={(holidays) => change({ holidays })}
          />
        </>
      )}
    </fieldset>
  );
}
