import { CONNECTOR_API, ConnectorWithSecret, type Connector } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api/client';
import { useErrorText } from '../../api/use-error-text';
import { BusyButton } from '../../ui/busy-button';
import { useConfirm } from '../../ui/confirm-dialog';
import { Modal } from '../../ui/modal';
import { useToast } from '../../ui/toast-context';
import { ConnectorForm } from './connector-form';

interface ConnectorDialogProps {
  /** Add (null connector) or open an existing one; null closes the dialog. */
  open: { connector: Connector | null } | null;
  onCreated: (created: ConnectorWithSecret) => void;
  onSaved: (connector: Connector) => void;
  /** A signed connector's new secret replaced the old one: shown once, like at creation. */
  onRotated: (rotated: ConnectorWithSecret) => void;
  onClose: () => void;
}

export function ConnectorDialog({ open, onCreated, onSaved, onRotated, onClose }: ConnectorDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  // The page's toasts are inert behind a modal dialog, so screen readers would not hear them: say it here too.
  const [status, setStatus] = useState('');
  const connector = open?.connector ?? null;
  return (
    <Modal
      open={open !== null}
      title={connector ? t('connectors.settings.editTitle') : t('connectors.settings.createTitle')}
      onClose={onClose}
    >
      {/* Saved: the form starts again from what the server stored (header values typed are gone). */}
      <div className="editor-dialog" key={connector ? `${connector.id}/${connector.updatedAt}` : 'new'}>
        <ConnectorForm
          connector={connector}
          onCreated={onCreated}
          onSaved={(saved) => {
            const text = t('connectors.settings.saved');
            toast.success(text);
            setStatus(text);
            onSaved(saved);
          }}
          onCancel={onClose}
        />
        {connector?.kind === 'signed' ? <RotateConnectorSecret connector={connector} onRotated={onRotated} /> : null}
        <p role="status" className="visually-hidden">
          {status}
        </p>
      </div>
    </Modal>
  );
}

function RotateConnectorSecret({
  connector,
  onRotated,
}: {
  connector: Connector;
  onRotated: (rotated: ConnectorWithSecret) => void;
}) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const rotate = async () => {
    const ok = await confirm({
      title: t('connectors.settings.rotateTitle'),
      body: t('connectors.settings.rotateBody'),
      confirmLabel: t('connectors.settings.rotate'),
      danger: true,
    });
    if (!ok) return;
    setBusy(true);
    setFailure(null);
    try {
      onRotated(
        await apiSend('POST', CONNECTOR_API.rotateConnectorSecret(connector.id), undefined, ConnectorWithSecret),
      );
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      {failure ? (
        <p className="form__error" role="alert">
          {failure}
        </p>
      ) : null}
      <BusyButton
        type="button"
        className="button"
        busy={busy}
        busyLabel={t('connectors.settings.rotating')}
        onClick={() => void rotate()}
      >
        {t('connectors.settings.rotate')}
      </BusyButton>
    </div>
  );
}
