import type { Message } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';

type Delivery = NonNullable<Message['delivery']>;

/**
 * Whether a reply went out through the channel. The line stays in place while its state changes,
 * so a screen reader hears "Sent" or the failure as it happens; a failure is said in words and
 * marked with an icon, not only with colour.
 */
export function MessageDelivery({ delivery }: { delivery: Delivery }) {
  const { t } = useTranslation();
  return (
    <p className={`message__delivery message__delivery--${delivery.status}`} aria-live="polite">
      {delivery.status === 'pending' ? (
        <>
          <span className="spinner spinner--small" aria-hidden="true" /> {t('delivery.pending')}
        </>
      ) : null}
      {delivery.status === 'sent' ? (
        <>
          <span aria-hidden="true">✓</span> {t('delivery.sent')}
        </>
      ) : null}
      {delivery.status === 'failed' ? (
        <>
          <span aria-hidden="true">⚠</span> <strong>{t('delivery.failed')}</strong>
          {delivery.error ? (
            <>
              {': '}
              <span dir="auto">{delivery.error}</span>
            </>
          ) : null}
        </>
      ) : null}
    </p>
  );
}
