import { WEBHOOK_API, WebhookEndpointWithSecret, type WebhookEndpoint } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api/client';
import { useErrorText } from '../../api/use-error-text';
import { BusyButton } from '../../ui/busy-button';
import { useConfirm } from '../../ui/confirm-dialog';
import { Modal } from '../../ui/modal';
import { useToast } from '../../ui/toast-context';
import { WebhookDeliveries } from './webhook-deliveries';
import { WebhookForm } from './webhook-form';

interface WebhookDialogProps {
  /** Add (null endpoint) or open an existing endpoint; null closes the dialog. */
  open: { endpoint: WebhookEndpoint | null } | null;
  onCreated: (created: WebhookEndpointWithSecret) => void;
  onSaved: (endpoint: WebhookEndpoint) => void;
  /** A new secret replaced the old one: shown once, like at creation. */
  onRotated: (rotated: WebhookEndpointWithSecret) => void;
  onClose: () => void;
}

export function WebhookDialog({ open, onCreated, onSaved, onRotated, onClose }: WebhookDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  // The page's toasts are inert behind a modal dialog, so screen readers would not hear them: say it here too.
  const [status, setStatus] = useState('');
  const notify = (text: string) => {
    toast.success(text);
    setStatus(text);
  };
  const endpoint = open?.endpoint ?? null;
  return (
    <Modal
      open={open !== null}
      title={endpoint ? t('webhooksSettings.editTitle') : t('webhooksSettings.createTitle')}
      onClose={onClose}
    >
      <div className="editor-dialog" key={endpoint?.id ?? 'new'}>
        <WebhookForm
          endpoint={endpoint}
          onCreated={onCreated}
          onSaved={(saved) => {
            notify(t('webhooksSettings.saved'));
            onSaved(saved);
          }}
          onCancel={onClose}
        />
        {endpoint ? (
          <>
            <RotateWebhookSecret endpoint={endpoint} onRotated={onRotated} />
            <WebhookDeliveries endpoint={endpoint} notify={notify} />
          </>
        ) : null}
        <p role="status" className="visually-hidden">
          {status}
        </p>
      </div>
    </Modal>
  );
}

function RotateWebhookSecret({
  endpoint,
  onRotated,
}: {
  endpoint: WebhookEndpoint;
  onRotated: (rotated: WebhookEndpointWithSecret) => void;
}) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const rotate = async () => {
    const ok = await confirm({
      title: t('webhooksSettings.rotateTitle'),
      body: t('webhooksSettings.rotateBody'),
      confirmLabel: t('webhooksSettings.rotate'),
      danger: true,
    });
    if (!ok) return;
    setBusy(true);
    setFailure(null);
    try {
      onRotated(
        await apiSend('POST', WEBHOOK_API.rotateWebhookSecret(endpoint.id), undefined, WebhookEndpointWithSecret),
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
        busyLabel={t('webhooksSettings.rotating')}
        onClick={() => void rotate()}
      >
        {t('webhooksSettings.rotate')}
      </BusyButton>
    </div>
  );
}
