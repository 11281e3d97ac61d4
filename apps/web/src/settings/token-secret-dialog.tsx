import type { CreateApiTokenResponse } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../ui/copy-field';
import { Modal } from '../ui/modal';

/** The only time the secret is visible: the server stores just a hash of it. */
export function TokenSecretDialog({
  created,
  onClose,
}: {
  created: CreateApiTokenResponse | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={created !== null}
      title={t('tokens.secretTitle', { name: created?.token.name ?? '' })}
      onClose={onClose}
    >
      {created ? (
        <>
          <p className="notice notice--warning">{t('tokens.secretWarning')}</p>
          <CopyField label={t('tokens.secret')} value={created.secret} />
          <p className="muted">{t('tokens.secretUsage')}</p>
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={onClose}>
              {t('tokens.secretDone')}
            </button>
          </div>
        </>
      ) : null}
    </Modal>
  );
}
