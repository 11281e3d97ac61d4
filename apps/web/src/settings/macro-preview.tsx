import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../session/session-context';
import { firstNameOf, MACRO_VARIABLES, type MacroVariable } from '@sincere/contracts';
import { previewMacro } from './macro-draft';
import { useLanguageName } from './macro-language';

/** The variables a macro may use, and the variant being edited with sample values filled in. */
export function MacroPreview({ template, language }: { template: string; language: string }) {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const languageName = useLanguageName();
  const titleId = useId();
  const customer = t('macrosSettings.sampleCustomer');
  const sample: Record<MacroVariable, string> = {
    address: t('macrosSettings.sampleAddress'),
    'customer.name': customer,
    'customer.first_name': firstNameOf(customer),
    'customer.email': 'customer@example.com',
    'agent.name': session.user.name,
    'agent.first_name': firstNameOf(session.user.name),
    'conversation.id': '0195f3a2-5b8e-7c1d-9e2f-3a4b5c6d7e8f',
    'account.name': session.account.name,
  };
  const preview = previewMacro(template, sample);

  return (
    <aside className="macro-help" aria-labelledby={titleId}>
      <h3 id={titleId} className="macro-help__title">
        {t('macrosSettings.variablesTitle')}
      </h3>
      <p className="field__hint">{t('macrosSettings.variablesHint')}</p>
      <dl className="macro-help__variables">
        {MACRO_VARIABLES.map((name) => (
          <div key={name}>
            <dt>
              <code>{`{{${name}}}`}</code>
            </dt>
            <dd>{t(`macrosSettings.variables.${name}`)}</dd>
          </div>
        ))}
      </dl>
      <h3 className="macro-help__title">{t('macrosSettings.previewOf', { language: languageName(language) })}</h3>
      <div className="macro-help__preview" dir="auto" data-testid="macro-preview">
        {preview.text || <span className="muted">{t('macrosSettings.previewEmpty')}</span>}
      </div>
      {preview.unknownVariables.length > 0 ? (
        <p className="field__error">
          {t('macrosSettings.unknownVariables', { names: preview.unknownVariables.join(', ') })}
        </p>
      ) : null}
    </aside>
  );
}
