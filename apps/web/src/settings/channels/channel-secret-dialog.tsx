import { EMAIL_API, TelegramChannelSettings, type ChannelConfig } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../ui/copy-field';
import { Modal } from '../../ui/modal';
import { IDENTITY_EXAMPLE, widgetSnippet } from './widget-snippet';

/** What the server answered once: the channel, and a secret it will never show again. */
export interface ShownChannel {
  channel: ChannelConfig;
  secret: string | null;
  /** created: just connected; rotated: a new identity secret replaced the old one. */
  reason: 'created' | 'rotated';
}

/** After connecting (or rotating): how to put the channel to use, and its secret, shown this once. */
export function ChannelSecretDialog({ shown, onClose }: { shown: ShownChannel | null; onClose: () => void }) {
  const { t } = useTranslation();
  const channel = shown?.channel;
  const title = !channel
    ? ''
    : shown.reason === 'rotated'
      ? t('channelsSettings.rotatedTitle', { name: channel.name })
      : t('channelsSettings.connectedTitle', { name: channel.name });
  return (
    <Modal open={shown !== null} title={title} onClose={onClose}>
      {shown && channel ? (
        <div className="editor-dialog">
          {channel.kind === 'web' ? <WidgetSetup channel={channel} secret={shown.secret} /> : null}
          {channel.kind === 'email' ? <EmailSetup channel={channel} /> : null}
          {channel.kind === 'telegram' ? <TelegramSetup channel={channel} /> : null}
          {channel.kind === 'api' ? <p>{t('channelsSettings.apiHint')}</p> : null}
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={onClose}>
              {shown.secret ? t('channelsSettings.secretDone') : t('common.done')}
            </button>
          </div>
        </div>
      ) : null}
    </Modal>
  );
}

/** The embed code a site adds to its pages; the key in it is public. */
export function EmbedCode({ channel }: { channel: ChannelConfig }) {
  const { t } = useTranslation();
  return (
    <>
      <CopyField label={t('channelsSettings.web.embedCode')} value={widgetSnippet(location.origin, channel.address)} />
      <p className="field__hint">{t('channelsSettings.web.embedHint')}</p>
    </>
  );
}

function WidgetSetup({ channel, secret }: { channel: ChannelConfig; secret: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      <EmbedCode channel={channel} />
      {secret ? (
        <>
          <p className="notice notice--warning">{t('channelsSettings.web.secretWarning')}</p>
          <CopyField label={t('channelsSettings.web.identitySecret')} value={secret} />
          <p>{t('channelsSettings.web.identityExplained')}</p>
          <pre className="code-block" dir="ltr">
            <code>{IDENTITY_EXAMPLE}</code>
          </pre>
        </>
      ) : null}
    </>
  );
}

function EmailSetup({ channel }: { channel: ChannelConfig }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('channelsSettings.email.howMailArrives', { address: channel.address })}</p>
      <ul>
        <li>{t('channelsSettings.email.viaSmtp')}</li>
        <li>{t('channelsSettings.email.viaImap')}</li>
        <li>{t('channelsSettings.email.viaPost')}</li>
      </ul>
      <CopyField
        label={t('channelsSettings.email.inboundUrl')}
        value={`${location.origin}${EMAIL_API.inbound(channel.id)}`}
      />
    </>
  );
}

function TelegramSetup({ channel }: { channel: ChannelConfig }) {
  const { t } = useTranslation();
  const settings = TelegramChannelSettings.safeParse(channel.settings);
  const mode = settings.success ? settings.data.mode : 'webhook';
  const username = settings.success ? settings.data.botUsername : undefined;
  return (
    <p>
      {username ? t('channelsSettings.telegram.connectedAs', { username }) : t('channelsSettings.telegram.connected')}{' '}
      {t(`channelsSettings.telegram.modeHints.${mode}`)}
    </p>
  );
}
