import type { LocaleProfile } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { Field } from '../../forms/field';
import type { Band } from './culture-draft';

export type BandTextPart = 'label' | 'hint';

interface BandFieldProps<V extends string> {
  band: Band;
  options: readonly V[];
  value: V;
  /** A value's name or explanation; the caller looks it up, where band and value are typed together. */
  text: (option: V, part: BandTextPart) => string;
  error: string | undefined;
  onChange: (value: V) => void;
}

/** One of a culture's coarse bands, with what the band means and what the chosen value asks of a reply. */
export function BandField<V extends string>({ band, options, value, text, error, onChange }: BandFieldProps<V>) {
  const { t } = useTranslation();
  return (
    <Field
      label={t(`cultureSettings.bands.${band}.label`)}
      hint={`${t(`cultureSettings.bands.${band}.hint`)} ${text(value, 'hint')}`}
      error={error}
    >
      {(control) => (
        <select
          {...control}
          className="select"
          value={value}
          onChange={(event) => {
            const chosen = options.find((option) => option === event.target.value);
            if (chosen !== undefined) onChange(chosen);
          }}
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {text(option, 'label')}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Each band's value names and explanations, typed band by band so a missing text fails the type check. */
export function useBandText() {
  const { t } = useTranslation();
  return {
    negativeFeedback: (value: LocaleProfile['negativeFeedback'], part: BandTextPart = 'label') =>
      t(`cultureSettings.bands.negativeFeedback.values.${value}.${part}`),
    context: (value: LocaleProfile['context'], part: BandTextPart = 'label') =>
      t(`cultureSettings.bands.context.values.${value}.${part}`),
    scheduling: (value: LocaleProfile['scheduling'], part: BandTextPart = 'label') =>
      t(`cultureSettings.bands.scheduling.values.${value}.${part}`),
    faceSaving: (value: LocaleProfile['faceSaving'], part: BandTextPart = 'label') =>
      t(`cultureSettings.bands.faceSaving.values.${value}.${part}`),
  };
}
