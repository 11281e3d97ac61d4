import { AgeBand, Formality, Gender, NameUse } from '@sincere/contracts';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newHonorific, withDefaultHonorific, type HonorificRow } from './culture-draft';
import { CellInput, CellSelect } from './table-cells';

/** The contract allows this many honorifics in a profile. */
const MAX_HONORIFICS = 30;
const PLACEMENTS = ['before', 'after'] as const;
/** Formality, default, note and removal go on a second line under each honorific, so the table fits the dialog. */
const MAIN_COLUMNS = ['text', 'gender', 'age', 'placement', 'name'] as const;

interface HonorificsEditorProps {
  rows: readonly HonorificRow[];
  nameUse: NameUse;
  errors: Record<string, string>;
  editable: boolean;
  onChange: (rows: HonorificRow[]) => void;
}

/** "Pak", "Bey", "様", "señor": who each suits, where it goes and with which part of the name. */
export function HonorificsEditor({ rows, nameUse, errors, editable, onChange }: HonorificsEditorProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  // The row just added takes the cursor, so its text can be typed straight away.
  const [added, setAdded] = useState<string | null>(null);
  const set = (key: string, update: Partial<HonorificRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...update } : row)));
  const columns = {
    text: t('cultureSettings.honorifics.text'),
    gender: t('cultureSettings.honorifics.gender'),
    age: t('cultureSettings.honorifics.age'),
    placement: t('cultureSettings.honorifics.placement'),
    name: t('cultureSettings.honorifics.name'),
    formality: t('cultureSettings.honorifics.formality'),
    default: t('cultureSettings.honorifics.default'),
    note: t('cultureSettings.honorifics.note'),
  };
  const cell = (column: string, index: number) => t('cultureSettings.honorifics.cell', { column, number: index + 1 });

  return (
    <fieldset className="form__group" aria-describedby={hintId}>
      <legend className="choice-group__legend">{t('cultureSettings.honorifics.title')}</legend>
      <p id={hintId} className="field__hint">
        {t('cultureSettings.honorifics.hint')}
      </p>
      {rows.length === 0 ? (
        <p className="muted">{t('cultureSettings.honorifics.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('cultureSettings.honorifics.title')}</caption>
            <thead>
              <tr>
                {MAIN_COLUMNS.map((column) => (
                  <th key={column} scope="col">
                    {columns[column]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.flatMap((row, index) => {
                const error = (field: string) => errors[`honorifics.${index}.${field}`];
                return [
                  <tr key={row.key}>
                    <td>
                      <CellInput
                        label={cell(columns.text, index)}
                        error={error('text')}
                        dir="auto"
                        maxLength={30}
                        size={6}
                        autoFocus={row.key === added}
                        value={row.text}
                        onValue={(text) => set(row.key, { text })}
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
                    <td>
                      <CellSelect
                        label={cell(columns.age, index)}
                        error={error('age')}
                        value={row.age}
                        options={AgeBand.options}
                        optionLabel={(age) => t(`cultureSettings.ages.${age}`)}
                        onChange={(age) => set(row.key, { age })}
                      />
                    </td>
                    <td>
                      <CellSelect
                        label={cell(columns.placement, index)}
                        error={error('placement')}
                        value={row.placement}
                        options={PLACEMENTS}
                        optionLabel={(placement) => t(`cultureSettings.placements.${placement}`)}
                        onChange={(placement) => set(row.key, { placement })}
                      />
                    </td>
                    <td>
                      <CellSelect
                        label={cell(columns.name, index)}
                        error={error('name')}
                        value={row.name}
                        options={NameUse.options}
                        optionLabel={(name) => t(`cultureSettings.nameUses.${name}`)}
                        onChange={(name) => set(row.key, { name })}
                      />
                    </td>
                  </tr>,
                  <tr key={`${row.key}-more`}>
                    <td colSpan={MAIN_COLUMNS.length}>
                      <div className="inline-form">
                        <label className="inline-field">
                          <span>{columns.formality}</span>
                          <CellSelect
                            label={cell(columns.formality, index)}
                            error={error('formality')}
                            value={row.formality}
                            options={Formality.options}
                            optionLabel={(formality) => t(`cultureSettings.formalities.${formality}`)}
                            onChange={(formality) => set(row.key, { formality })}
                          />
                        </label>
                        <label className="choice">
                          <input
                            type="checkbox"
                            aria-label={cell(columns.default, index)}
                            checked={row.default}
                            onChange={(event) => onChange(withDefaultHonorific(rows, row.key, event.target.checked))}
                          />
                          <span>{columns.default}</span>
                        </label>
                        <label className="inline-field">
                          <span>{columns.note}</span>
                          <CellInput
                            label={cell(columns.note, index)}
                            error={error('note')}
                            dir="auto"
                            maxLength={300}
                            size={40}
                            value={row.note}
                            onValue={(note) => set(row.key, { note })}
                          />
                        </label>
                        {editable ? (
                          <button
                            type="button"
                            className="button button--small button--danger-quiet"
                            onClick={() => {
                              onChange(rows.filter((other) => other.key !== row.key));
                              addButton.current?.focus();
                            }}
                          >
                            {t('cultureSettings.remove')}
                            <span className="visually-hidden"> {cell(row.text || columns.text, index)}</span>
                          </button>
                        ) : null}
                      </div>
                    </td>
                  </tr>,
                ];
              })}
            </tbody>
          </table>
        </div>
      )}
      {errors.honorifics ? <p className="field__error">{errors.honorifics}</p> : null}
      {editable && rows.length < MAX_HONORIFICS ? (
        <p>
          <button
            ref={addButton}
            type="button"
            className="button button--small"
            onClick={() => {
              const row = newHonorific(nameUse);
              setAdded(row.key);
              onChange([...rows, row]);
            }}
          >
            {t('cultureSettings.honorifics.add')}
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}
