import { useId } from 'react';

export interface RadioOption<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

interface RadioGroupFieldProps<V extends string> {
  legend: string;
  options: readonly RadioOption<V>[];
  value: V;
  onChange: (value: V) => void;
  error?: string | undefined;
}

/** A labelled choice of a few options, each with an optional explanation; arrow keys move between them. */
export function RadioGroupField<V extends string>({
  legend,
  options,
  value,
  onChange,
  error,
}: RadioGroupFieldProps<V>) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset className="choice-group" aria-describedby={error ? errorId : undefined}>
      <legend className="choice-group__legend">{legend}</legend>
      {options.map((option) => {
        const hintId = `${name}-${option.value}-hint`;
        return (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              aria-invalid={error ? true : undefined}
              aria-describedby={option.hint ? hintId : undefined}
              onChange={() => onChange(option.value)}
            />
            <span>
              <span className="choice__label">{option.label}</span>
              {option.hint ? (
                <span id={hintId} className="field__hint choice__hint">
                  {option.hint}
                </span>
              ) : null}
            </span>
          </label>
        );
      })}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
