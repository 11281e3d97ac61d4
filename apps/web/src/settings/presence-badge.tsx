import type { Presence } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';

/** A coloured dot with the presence in words; null when nobody has told us yet. */
export function PresenceBadge({ presence }: { presence: Presence | null }) {
  const { t } = useTranslation();
  return (
    <span className={`presence presence--${presence ?? 'unknown'}`}>
      <span className="presence__dot" aria-hidden="true" />
      {presence ? t(`presence.states.${presence}`) : t('presence.unknown')}
    </span>
  );
}
