import { CHANNEL_API, ChannelCreated, type ChannelConfig, type Team } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api/client';
import { useErrorText } from '../../api/use-error-text';
import { BusyButton } from '../../ui/busy-button';
import { useConfirm } from '../../ui/confirm-dialog';
import { Modal } from '../../ui/modal';
import { ChannelForm } from './channel-form';
import { EmbedCode } from './channel-secret-dialog';

interface ChannelDialogProps {
  /** Connect (null channel) or open an existing channel; null closes the dialog. */
  open: { channel: ChannelConfig | null } | null;
  teams: readonly Team[];
  editable: boolean;
  onCreated: (created: ChannelCreated) => void;
  onSaved: (channel: ChannelConfig) => void;
  onRotated: (rotated: ChannelCreated) => void;
  onClose: () => void;
}

export function ChannelDialog({ open, teams, editable, onCreated, onSaved, onRotated, onClose }: ChannelDialogProps) {
  const { t } = useTranslation();
  const channel = open?.channel ?? null;
  const title = !channel
    ? t('channelsSettings.connectTitle')
    : editable
      ? t('channelsSettings.editTitle', { name: channel.name })
      : channel.name;
  return (
    <Modal open={open !== null} title={title} onClose={onClose}>
      {/* A new key remounts the form, so reopening starts from the channel as it is now. */}
      <div className="editor-dialog" key={channel?.id ?? 'new'}>
        {channel?.kind === 'web' ? <EmbedCode channel={channel} /> : null}
        <ChannelForm
          channel={channel}
          teams={teams}
          editable={editable}
          onCreated={onCreated}
          onSaved={onSaved}
          onCancel={onClose}
        />
        {channel?.kind === 'web' && editable ? <RotateSecret channel={channel} onRotated={onRotated} /> : null}
      </div>
    </Modal>
  );
}

/** A new identity secret for the widget; the old one stops working at once, so it asks first. */
function RotateSecret({
  channel,
  onRotated,
}: {
  channel: ChannelConfig;
  onRotated: (rotated: ChannelCreated) => void;
}) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const rotate = async () => {
    const ok = await confirm({
      title: t('channelsSettings.rotateTitle'),
      body: t('channelsSettings.rotateBody', { name: channel.name }),
      confirmLabel: t('channelsSettings.rotate'),
      danger: true,
    });
    if (!ok) return;
    setBusy(true);
    setFailure(null);
    try {
      onRotated(await apiSend('POST', CHANNEL_API.rotateChannelSecret(channel.id), undefined, ChannelCreated));
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby={`rotate-${channel.id}`}>
      <h3 className="panel__title" id={`rotate-${channel.id}`}>
        {t('channelsSettings.web.identitySecret')}
      </h3>
      <p className="muted">{t('channelsSettings.rotateHint')}</p>
      {failure ? (
        <p className="form__error" role="alert">
          {failure}
        </p>
      ) : null}
      <BusyButton
        type="button"
        className="button"
        busy={busy}
        busyLabel={t('channelsSettings.rotating')}
        onClick={() => void rotate()}
      >
        {t('channelsSettings.rotate')}
      </BusyButton>
    </section>
  );
}
