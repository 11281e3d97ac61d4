import { useId } from 'react';
import { Field } from '../forms/field';

// Offered as suggestions: typing filters them, and the contract checks what is sent.
const TIME_ZONES = Intl.supportedValuesOf('timeZone');

interface TimeZoneFieldProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  onValue: (value: string) => void;
}

/** An IANA time zone, searchable: the browser's list of zones filters as one types. */
export function TimeZoneField({ label, hint, error, value, onValue }: TimeZoneFieldProps) {
  const listId = useId();
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <>
          <input
            {...control}
            className="input"
            list={listId}
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(event) => onValue(event.target.value)}
          />
          <datalist id={listId}>
            {TIME_ZONES.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}
