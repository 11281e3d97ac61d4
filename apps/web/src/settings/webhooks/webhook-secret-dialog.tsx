import type { WebhookEndpointWithSecret } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../ui/copy-field';
import { Modal } from '../../ui/modal';

/** The signing secret, shown when the endpoint is created or its secret replaced, and never again. */
export function WebhookSecretDialog({
  shown,
  onClose,
}: {
  shown: WebhookEndpointWithSecret | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal open={shown !== null} title={t('webhooksSettings.secretTitle')} onClose={onClose}>
      {shown ? (
        <div className="editor-dialog">
          <p dir="ltr">
            <code>{shown.url}</code>
          </p>
          <p className="notice notice--warning">{t('webhooksSettings.secretWarning')}</p>
          <CopyField label={t('webhooksSettings.secret')} value={shown.secret} />
          <p>{t('webhooksSettings.signatureExplained')}</p>
          <pre className="code-block" dir="ltr">
            <code>{'Sincere-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>'}</code>
          </pre>
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={onClose}>
              {t('webhooksSettings.secretDone')}
            </button>
          </div>
        </div>
      ) : null}
    </Modal>
  );
}
