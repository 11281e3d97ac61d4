import type { ConnectorWithSecret } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../ui/copy-field';
import { Modal } from '../../ui/modal';

/** A signed connector's signing secret, shown when it is created or its secret replaced, and never again. */
export function ConnectorSecretDialog({
  shown,
  onClose,
}: {
  shown: (ConnectorWithSecret & { secret: string }) | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal open={shown !== null} title={t('connectors.settings.secretTitle')} onClose={onClose}>
      {shown ? (
        <div className="editor-dialog">
          <p>
            <bdi>{shown.name}</bdi>
          </p>
          <p className="notice notice--warning">{t('connectors.settings.secretWarning')}</p>
          <CopyField label={t('connectors.settings.secret')} value={shown.secret} />
          <p>{t('connectors.settings.signatureExplained')}</p>
          <pre className="code-block" dir="ltr">
            <code>{'Sincere-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>'}</code>
          </pre>
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={onClose}>
              {t('connectors.settings.secretDone')}
            </button>
          </div>
        </div>
      ) : null}
    </Modal>
  );
}
