import { useId, type ReactNode } from 'react';

interface CheckboxFieldProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Shown under the box while it is ticked (a warning about what ticking it allows). */
  whenChecked?: ReactNode;
}

/** A labelled checkbox whose explanation and error are announced with it. */
export function CheckboxField({ label, hint, error, checked, onChange, whenChecked }: CheckboxFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label className="choice">
        <input
          type="checkbox"
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>
          <span className="choice__label">{label}</span>
          {hint ? (
            <span id={hintId} className="field__hint choice__hint">
              {hint}
            </span>
          ) : null}
        </span>
      </label>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
      {checked ? whenChecked : null}
    </div>
  );
}
