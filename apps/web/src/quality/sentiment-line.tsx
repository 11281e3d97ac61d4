import type { ConversationSentiment } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';

/** How the customer felt at the start and at the end of the conversation, as the automatic review read it. */
export function SentimentLine({ sentiment }: { sentiment: ConversationSentiment | null }) {
  const { t } = useTranslation();
  if (!sentiment) return null;
  return (
    <p className={`quality-sentiment quality-sentiment--${sentiment.change}`} data-testid="quality-sentiment">
      {t('quality.sentiment.line', {
        start: t(`quality.sentiment.labels.${sentiment.start}`),
        end: t(`quality.sentiment.labels.${sentiment.end}`),
      })}{' '}
      <span className="badge">{t(`quality.sentiment.change.${sentiment.change}`)}</span>
    </p>
  );
}
