import { Formality, Gender } from '@sincere/contracts';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newPhrase, type PhraseRow } from './culture-draft';
import { CellInput, CellSelect } from './table-cells';

/** The contract allows this many greetings, and as many closings, in a profile. */
const MAX_PHRASES = 20;

interface PhrasesEditorProps {
  /** Where the rows' errors are: `greetings.2.text`. */
  path: 'greetings' | 'closings';
  rows: readonly PhraseRow[];
  errors: Record<string, string>;
  editable: boolean;
  onChange: (rows: PhraseRow[]) => void;
}

/** Greetings or closings: phrases with `{address}` where the customer's form of address goes. */
export function PhrasesEditor({ path, rows, errors, editable, onChange }: PhrasesEditorProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const [added, setAdded] = useState<string | null>(null);
  const set = (key: string, update: Partial<PhraseRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...update } : row)));
  const title = t(`cultureSettings.${path}.title`);
  const columns = {
    text: t('cultureSettings.phrases.text'),
    formality: t('cultureSettings.phrases.formality'),
    gender: t('cultureSettings.phrases.gender'),
  };
  const cell = (column: string, index: number) => t(`cultureSettings.${path}.cell`, { column, number: index + 1 });

  return (
    <fieldset className="form__group" aria-describedby={hintId}>
      <legend className="choice-group__legend">{title}</legend>
      <p id={hintId} className="field__hint">
        {t(`cultureSettings.${path}.hint`)} {t('cultureSettings.phrases.addressHint')}
      </p>
      {rows.length === 0 ? (
        <p className="muted">{t(`cultureSettings.${path}.none`)}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {Object.values(columns).map((header) => (
                  <th key={header} scope="col">
                    {header}
                  </th>
                ))}
                {editable ? <th scope="col">{t('itemTable.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const error = (field: string) => errors[`${path}.${index}.${field}`];
                return (
                  <tr key={row.key}>
                    <td>
                      <CellInput
                        label={cell(columns.text, index)}
                        error={error('text')}
                        dir="auto"
                        maxLength={200}
                        wide
                        autoFocus={row.key === added}
                        value={row.text}
                        onValue={(text) => set(row.key, { text })}
                      />
                    </td>
                    <td>
                      <CellSelect
                        label={cell(columns.formality, index)}
                        error={error('formality')}
                        value={row.formality}
                        options={Formality.options}
                        optionLabel={(formality) => t(`cultureSettings.formalities.${formality}`)}
                        onChange={(formality) => set(row.key, { formality })}
                      />
                    </td>
                    <td>
                      <CellSelect
                        label={cell(columns.gender, index)}
                        error={error('gender')}
                        value={row.gender}
                        options={Gender.options}
                        optionLabel={(gender) => t(`cultureSettings.genders.${gender}`)}
                        onChange={(gender) => set(row.key, { gender })}
                      />
                    </td>
                    {editable ? (
                      <td>
                        <button
                          type="button"
                          className="button button--small button--danger-quiet"
                          onClick={() => {
                            onChange(rows.filter((other) => other.key !== row.key));
                            addButton.current?.focus();
                          }}
                        >
                          {t('cultureSettings.remove')}
                          <span className="visually-hidden"> {cell(columns.text, index)}</span>
                        </button>
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {errors[path] ? <p className="field__error">{errors[path]}</p> : null}
      {editable && rows.length < MAX_PHRASES ? (
        <p>
          <button
            ref={addButton}
            type="button"
            className="button button--small"
            onClick={() => {
              const row = newPhrase();
              setAdded(row.key);
              onChange([...rows, row]);
            }}
          >
            {t(`cultureSettings.${path}.add`)}
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}
