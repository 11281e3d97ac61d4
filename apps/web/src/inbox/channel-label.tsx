import type { Channel } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';

/** 16px outline icons; decorative, the label beside them says the same. */
const ICONS: Record<Channel, string> = {
  // A speech bubble.
  web: 'M3 4h14v9H8l-4 3v-3H3z',
  // An envelope.
  email: 'M2.5 4.5h15v11h-15zM2.5 4.5l7.5 6 7.5-6',
  // A paper plane.
  telegram: 'M2.5 9.5l15-6-3 13-4.5-4-2.5 3v-4.5l7-6',
  // Braces.
  api: 'M7 3.5c-2 0-2 1-2 3s-1 3-2 3.5c1 .5 2 1.5 2 3.5s0 3 2 3M13 3.5c2 0 2 1 2 3s1 3 2 3.5c-1 .5-2 1.5-2 3.5s0 3-2 3',
};

/** Which channel a conversation came through: an icon and its name (compact: the name for screen readers and as a tooltip). */
export function ChannelLabel({ channel, compact = false }: { channel: Channel; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`channel-label channel-label--${channel}`} title={compact ? t(`channels.${channel}`) : undefined}>
      <svg
        className="channel-label__icon"
        viewBox="0 0 20 20"
        width="16"
        height="16"
        aria-hidden="true"
        focusable="false"
      >
        <path d={ICONS[channel]} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      </svg>
      <span className={compact ? 'visually-hidden' : undefined}>{t(`channels.${channel}`)}</span>
    </span>
  );
}
