import { API, ConversationDetail } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../api/client';
import { useResource } from '../api/use-resource';
import { Link } from '../router/link';
import { isolate } from './bidi';
import { useOpenConversation } from './use-open-conversation';

/** A merged conversation lives on in another one: say so, and lead there. */
export function MergedBanner({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  const { hrefOf } = useOpenConversation();
  // Only for its subject: without it (still loading, or gone) the banner still leads there.
  const target = useResource((signal) => apiGet(API.conversation(targetId), ConversationDetail, signal), [targetId]);
  const subject = target.data?.subject;
  return (
    <p className="notice notice--warning merged-banner" role="status">
      <span>{subject ? t('merged.intoSubject', { subject: isolate(subject) }) : t('merged.into')}</span>
      <Link href={hrefOf(targetId)}>{t('merged.open')}</Link>
    </p>
  );
}
