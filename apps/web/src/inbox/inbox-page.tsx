import type { ConversationStatus } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConversationList } from './conversation-list';
import { ConversationView } from './conversation-view';
import { StatusFilter } from './status-filter';

/** Read-only two-pane inbox: the list on the start side, the open conversation beside it. */
export function InboxPage({ conversationId }: { conversationId: string | null }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ConversationStatus | null>(null);
  return (
    <div className="inbox">
      <section className="inbox__list" aria-labelledby="inbox-title">
        <div className="inbox__list-header">
          <h1 id="inbox-title" className="inbox__title" tabIndex={-1}>
            {t('inbox.title')}
          </h1>
          <StatusFilter value={status} onChange={setStatus} />
        </div>
        <ConversationList status={status} selectedId={conversationId} />
      </section>
      <section className="inbox__detail" aria-label={t('inbox.conversation')}>
        {conversationId ? (
          <ConversationView key={conversationId} id={conversationId} />
        ) : (
          <p className="empty">{t('inbox.selectConversation')}</p>
        )}
      </section>
    </div>
  );
}
