import { useTranslation } from 'react-i18next';
import { TextField } from '../../forms/field';
import { emptyHeader, type HeaderDraft } from './connector-draft';

interface HeadersEditorProps {
  headers: readonly HeaderDraft[];
  errors: Readonly<Record<string, string>>;
  onChange: (headers: HeaderDraft[]) => void;
}

/** Header rows: a stored header shows its name only; its value is write-only, typed again to replace it. */
export function HeadersEditor({ headers, errors, onChange }: HeadersEditorProps) {
  const { t } = useTranslation();
  const change = (index: number, update: Partial<HeaderDraft>) =>
    onChange(headers.map((header, i) => (i === index ? { ...header, ...update } : header)));

  return (
    <fieldset className="choice-group">
      <legend className="choice-group__legend">{t('connectors.settings.headers')}</legend>
      <p className="field__hint">{t('connectors.settings.headersHint')}</p>
      {errors['headers'] ? <p className="field__error">{errors['headers']}</p> : null}
      {headers.map((header, index) => {
        const name = header.name.trim() || String(index + 1);
        const error = errors[`headers.${header.name.trim()}`];
        return (
          <div key={header.key} className="form__row">
            {header.stored ? (
              <div className="field">
                <span className="field__hint">{t('connectors.settings.headerName')}</span>
                <code dir="ltr">{header.name}</code>
              </div>
            ) : (
              <TextField
                label={t('connectors.settings.headerName')}
                dir="ltr"
                autoComplete="off"
                spellCheck={false}
                placeholder="Authorization"
                error={error}
                value={header.name}
                onValue={(value) => change(index, { name: value })}
              />
            )}
            {header.removed ? (
              <p className="field__hint" role="status">
                {t('connectors.settings.headerRemoved', { name: header.name })}
              </p>
            ) : (
              <TextField
                label={
                  header.stored
                    ? t('connectors.settings.headerValueOf', { name: header.name })
                    : t('connectors.settings.headerValue')
                }
                dir="ltr"
                autoComplete="off"
                spellCheck={false}
                placeholder={header.stored ? t('connectors.settings.headerValueStored') : 'Bearer …'}
                error={header.stored ? error : undefined}
                value={header.value}
                onValue={(value) => change(index, { value })}
              />
            )}
            <button
              type="button"
              className="button button--small button--danger-quiet"
              onClick={() =>
                header.stored
                  ? change(index, { removed: !header.removed, value: '' })
                  : onChange(headers.filter((_, i) => i !== index))
              }
            >
              {header.removed
                ? t('connectors.settings.restoreHeader', { name })
                : t('connectors.settings.removeHeader', { name })}
            </button>
          </div>
        );
      })}
      <p>
        <button type="button" className="button button--small" onClick={() => onChange([...headers, emptyHeader()])}>
          {t('connectors.settings.addHeader')}
        </button>
      </p>
    </fieldset>
  );
}
