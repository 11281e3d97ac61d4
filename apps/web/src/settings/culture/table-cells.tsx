import { useId, type InputHTMLAttributes } from 'react';

/** What every cell control needs: a name (the column's, with the row's number) and the contract's error, if any. */
interface CellProps {
  label: string;
  error: string | undefined;
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id' | 'className' | 'aria-label'>;

/** A text input in an editable table: labelled for screen readers, its error under it like a field's. */
export function CellInput({
  label,
  error,
  value,
  onValue,
  wide = false,
  ...input
}: CellProps & InputProps & { value: string; onValue: (value: string) => void; wide?: boolean }) {
  const errorId = useId();
  return (
    <>
      <input
        {...input}
        // A narrow input is as wide as its `size`; a wide one fills its cell.
        className={wide ? 'input input--compact' : 'input input--compact input--tag'}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={value}
        onChange={(event) => onValue(event.target.value)}
      />
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** A select in an editable table, over the contract's values with their translated labels. */
export function CellSelect<V extends string>({
  label,
  error,
  value,
  options,
  optionLabel,
  onChange,
}: CellProps & {
  value: V;
  options: readonly V[];
  optionLabel: (option: V) => string;
  onChange: (value: V) => void;
}) {
  const errorId = useId();
  return (
    <>
      <select
        className="select select--compact"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option === event.target.value);
          if (chosen !== undefined) onChange(chosen);
        }}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </>
  );
}
