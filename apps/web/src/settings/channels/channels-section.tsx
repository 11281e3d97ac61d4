import { API, CHANNEL_API, ChannelConfig, ChannelList, TeamList, TelegramChannelSettings } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, apiSend } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { ChannelLabel } from '../../inbox/channel-label';
import { can } from '../../session/permissions';
import { useSignedIn } from '../../session/session-context';
import { useToast } from '../../ui/toast-context';
import { ActiveSwitch } from '../active-switch';
import { ItemTable } from '../item-table';
import { SectionStatus } from '../section-loading';
import { ChannelDialog } from './channel-dialog';
import { ChannelSecretDialog, type ShownChannel } from './channel-secret-dialog';
import type { ChannelCreated } from '@sincere/contracts';

/** Replaces a channel by id, or adds it at the end: the server lists channels oldest first. */
function withChannel(items: readonly ChannelConfig[], channel: ChannelConfig): ChannelConfig[] {
  return items.some((item) => item.id === channel.id)
    ? items.map((item) => (item.id === channel.id ? channel : item))
    : [...items, channel];
}

/** Where customers reach the account: chat widgets, email inboxes, Telegram bots, API integrations. */
export function ChannelsSection() {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const toast = useToast();
  const manage = can(session.user.role, 'channels.manage');
  const channels = useResource((signal) => apiGet(CHANNEL_API.channels, ChannelList, signal), []);
  const teams = useResource((signal) => apiGet(API.teams, TeamList, signal), []);
  const [open, setOpen] = useState<{ channel: ChannelConfig | null } | null>(null);
  const [shown, setShown] = useState<ShownChannel | null>(null);
  const { setData } = channels;

  const saved = (channel: ChannelConfig) =>
    setData((current) => ({ items: withChannel(current?.items ?? [], channel) }));
  const reveal = ({ channel, secret }: ChannelCreated, reason: ShownChannel['reason']) => {
    saved(channel);
    setOpen(null);
    setShown({ channel, secret, reason });
  };

  const setActive = async (channel: ChannelConfig, active: boolean) =>
    saved(await apiSend('PATCH', CHANNEL_API.channel(channel.id), { active }, ChannelConfig));

  return (
    <section className="section" aria-labelledby="channels-title">
      <h2 id="channels-title">{t('channelsSettings.title')}</h2>
      <p className="section__intro">{t('channelsSettings.intro')}</p>
      {manage ? (
        <p>
          <button type="button" className="button button--primary" onClick={() => setOpen({ channel: null })}>
            {t('channelsSettings.connect')}
          </button>
        </p>
      ) : (
        <p className="notice">{t('channelsSettings.readOnly')}</p>
      )}
      {channels.data ? (
        <ItemTable
          caption={t('channelsSettings.tableCaption')}
          empty={t('channelsSettings.empty')}
          nameHeader={t('channelsSettings.name')}
          items={channels.data.items}
          columns={[
            { header: t('channelsSettings.kind'), cell: (channel) => <ChannelLabel channel={channel.kind} /> },
            { header: t('channelsSettings.address'), cell: (channel) => <ChannelAddress channel={channel} /> },
            {
              header: t('channelsSettings.active'),
              cell: (channel) => (
                <ActiveSwitch
                  label={t('channelsSettings.activeLabel', { name: channel.name })}
                  active={channel.active}
                  editable={manage}
                  onToggle={(active) => setActive(channel, active)}
                />
              ),
            },
          ]}
          onOpen={(channel) => setOpen({ channel })}
          editable={() => manage}
        />
      ) : (
        <SectionStatus error={channels.error} />
      )}
      <ChannelDialog
        open={open}
        teams={teams.data?.items ?? []}
        editable={manage}
        onCreated={(created) => reveal(created, 'created')}
        onSaved={(channel) => {
          saved(channel);
          toast.success(t('channelsSettings.saved', { name: channel.name }));
          setOpen(null);
        }}
        onRotated={(rotated) => reveal(rotated, 'rotated')}
        onClose={() => setOpen(null)}
      />
      <ChannelSecretDialog shown={shown} onClose={() => setShown(null)} />
    </section>
  );
}

/** The widget's key, the inbox's address, the bot's @name (or id), the integration's key. */
function ChannelAddress({ channel }: { channel: ChannelConfig }) {
  const telegram = channel.kind === 'telegram' ? TelegramChannelSettings.safeParse(channel.settings) : null;
  const username = telegram?.success ? telegram.data.botUsername : undefined;
  return <code dir="ltr">{username ? `@${username}` : channel.address}</code>;
}
