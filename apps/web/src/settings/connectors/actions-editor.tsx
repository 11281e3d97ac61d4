import { useTranslation } from 'react-i18next';
import { Field, TextField } from '../../forms/field';
import { errorUnder } from '../../forms/field-errors';
import { emptyAction, type ActionDraft } from './connector-draft';

interface ActionsEditorProps {
  actions: readonly ActionDraft[];
  /** The form's errors: this editor reads those under `actions.`. */
  errors: Readonly<Record<string, string>>;
  onChange: (actions: ActionDraft[]) => void;
}

/** An HTTP GET connector's buttons: each POSTs to the company's system once an agent confirms it. */
export function ActionsEditor({ actions, errors, onChange }: ActionsEditorProps) {
  const { t } = useTranslation();
  const change = (index: number, update: Partial<ActionDraft>) =>
    onChange(actions.map((action, i) => (i === index ? { ...action, ...update } : action)));
  const error = (index: number, name: string) => errors[`actions.${index}.${name}`];

  return (
    <fieldset className="choice-group">
      <legend className="choice-group__legend">{t('connectors.settings.actions')}</legend>
      <p className="field__hint">{t('connectors.settings.actionsHint')}</p>
      {errors['actions'] ? <p className="field__error">{errors['actions']}</p> : null}
      {actions.map((action, index) => {
        const number = index + 1;
        return (
          <fieldset key={action.key} className="macro-variants__item">
            <legend className="choice-group__legend">{t('connectors.settings.actionLegend', { number })}</legend>
            <div className="form__row">
              <TextField
                label={t('connectors.settings.actionKey')}
                hint={t('connectors.settings.actionKeyHint')}
                dir="ltr"
                autoComplete="off"
                spellCheck={false}
                placeholder="extend"
                error={error(index, 'key')}
                value={action.actionKey}
                onValue={(actionKey) => change(index, { actionKey })}
              />
              <TextField
                label={t('connectors.settings.actionLabel')}
                dir="auto"
                maxLength={100}
                error={error(index, 'label')}
                value={action.label}
                onValue={(label) => change(index, { label })}
              />
            </div>
            <TextField
              label={t('connectors.settings.actionConfirm')}
              dir="auto"
              maxLength={500}
              error={error(index, 'confirm')}
              value={action.confirm}
              onValue={(confirm) => change(index, { confirm })}
            />
            <TextField
              label={t('connectors.settings.actionUrl')}
              dir="ltr"
              spellCheck={false}
              placeholder="https://billing.example.com/customers/{{customer.externalId}}/extend"
              error={error(index, 'urlTemplate')}
              value={action.urlTemplate}
              onValue={(urlTemplate) => change(index, { urlTemplate })}
            />
            <Field
              label={t('connectors.settings.actionBody')}
              hint={t('connectors.settings.actionBodyHint', { example: 'customer: {{customer.externalId}}' })}
              error={errorUnder(errors, `actions.${index}.bodyTemplate`)}
            >
              {(control) => (
                <textarea
                  {...control}
                  className="input input--mono"
                  dir="ltr"
                  rows={3}
                  spellCheck={false}
                  value={action.body}
                  onChange={(event) => change(index, { body: event.target.value })}
                />
              )}
            </Field>
            <button
              type="button"
              className="button button--small button--danger-quiet"
              onClick={() => onChange(actions.filter((_, i) => i !== index))}
            >
              {t('connectors.settings.removeAction', { number })}
            </button>
          </fieldset>
        );
      })}
      <p>
        <button type="button" className="button button--small" onClick={() => onChange([...actions, emptyAction()])}>
          {t('connectors.settings.addAction')}
        </button>
      </p>
    </fieldset>
  );
}
