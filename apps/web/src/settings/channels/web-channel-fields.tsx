import { WIDGET_LOCALES } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../forms/checkbox-field';
import { Field } from '../../forms/field';
import { errorsWithin, errorUnder } from '../../forms/field-errors';
import { BusinessHoursEditor } from '../business-hours-editor';
import type { WebDraft } from './channel-draft';

interface WebChannelFieldsProps {
  web: WebDraft;
  /** The form's errors by contract path (`settings.allowedOrigins.0`…). */
  errors: Record<string, string>;
  editable: boolean;
  onChange: (update: Partial<WebDraft>) => void;
}

/** A chat widget's look, the sites allowed to embed it, signed visitors and when it is answered. */
export function WebChannelFields({ web, errors, editable, onChange }: WebChannelFieldsProps) {
  const { t, i18n } = useTranslation();
  const languageName = new Intl.DisplayNames([i18n.language], { type: 'language' });
  return (
    <>
      <Field label={t('channelsSettings.web.color')} error={errors['settings.color']}>
        {(control) => (
          <input
            {...control}
            type="color"
            className="input input--color"
            value={web.color}
            onChange={(event) => onChange({ color: event.target.value })}
          />
        )}
      </Field>
      <Field
        label={t('channelsSettings.web.allowedOrigins')}
        hint={t('channelsSettings.web.allowedOriginsHint')}
        error={errorUnder(errors, 'settings.allowedOrigins')}
      >
        {(control) => (
          <textarea
            {...control}
            className="input input--mono"
            rows={3}
            dir="ltr"
            spellCheck={false}
            placeholder="https://shop.example"
            value={web.allowedOrigins}
            onChange={(event) => onChange({ allowedOrigins: event.target.value })}
          />
        )}
      </Field>
      <CheckboxField
        label={t('channelsSettings.web.requireIdentity')}
        hint={t('channelsSettings.web.requireIdentityHint')}
        error={errors['settings.requireIdentity']}
        checked={web.requireIdentity}
        onChange={(requireIdentity) => onChange({ requireIdentity })}
      />
      <CheckboxField
        label={t('channelsSettings.web.limitHours')}
        hint={t('channelsSettings.web.limitHoursHint')}
        error={errors['settings.businessHours']}
        checked={web.limitHours}
        onChange={(limitHours) => onChange({ limitHours })}
      />
      {web.limitHours ? (
        <BusinessHoursEditor
          hours={web.hours}
          errors={errorsWithin(errors, 'settings')}
          editable={editable}
          onChange={(hours) => onChange({ hours })}
        />
      ) : null}
      <details className="disclosure">
        <summary>{t('channelsSettings.web.greeting')}</summary>
        <p className="field__hint">{t('channelsSettings.web.greetingHint')}</p>
        {WIDGET_LOCALES.map((locale) => (
          <Field key={locale} label={languageName.of(locale) ?? locale} error={errors[`settings.greeting.${locale}`]}>
            {(control) => (
              <input
                {...control}
                className="input"
                lang={locale}
                dir="auto"
                maxLength={300}
                value={web.greeting[locale]}
                onChange={(event) => onChange({ greeting: { ...web.greeting, [locale]: event.target.value } })}
              />
            )}
          </Field>
        ))}
      </details>
    </>
  );
}
