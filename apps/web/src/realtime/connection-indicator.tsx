import { useTranslation } from 'react-i18next';
import { useConnectionStatus } from './realtime-context';

/** Tells the agent whether new messages will appear by themselves. */
export function ConnectionIndicator() {
  const { t } = useTranslation();
  const status = useConnectionStatus();
  return (
    <span className={`connection connection--${status}`} data-testid="connection-status">
      <span className="connection__dot" aria-hidden="true" />
      {t(`connection.${status}`)}
    </span>
  );
}
