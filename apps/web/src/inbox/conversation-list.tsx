import { API, ConversationPage, type ConversationStatus } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { apiGet, withQuery } from '../api/client';
import { useErrorText } from '../api/use-error-text';
import { usePagedList } from '../api/use-paged-list';
import { useDateFormat } from '../i18n/format';
import { Link } from '../router/link';
import { BusyButton } from '../ui/busy-button';

interface Props {
  status: ConversationStatus | null;
  selectedId: string | null;
}

const PAGE_SIZE = 30;

export function ConversationList({ status, selectedId }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const format = useDateFormat();
  const list = usePagedList(
    (cursor, signal) =>
      apiGet(withQuery(API.conversations, { status, limit: PAGE_SIZE, cursor }), ConversationPage, signal),
    [status],
  );

  if (list.error && list.items.length === 0)
    return (
      <p className="empty" role="alert">
        {errorText(list.error)}
      </p>
    );
  if (list.loading && list.items.length === 0) return <p className="empty">{t('common.loading')}</p>;
  if (list.items.length === 0) return <p className="empty">{t('inbox.empty')}</p>;

  return (
    <>
      <ul className="conversation-list" aria-busy={list.loading || undefined}>
        {list.items.map((conversation) => (
          <li key={conversation.id}>
            <Link
              href={`/inbox/${conversation.id}`}
              className="conversation-item"
              aria-current={conversation.id === selectedId ? 'true' : undefined}
            >
              <span className="conversation-item__top">
                <bdi className="conversation-item__name">{conversation.customer.name}</bdi>
                <time dateTime={conversation.lastMessageAt ?? conversation.createdAt} className="muted">
                  {format.recent(conversation.lastMessageAt ?? conversation.createdAt)}
                </time>
              </span>
              <span className="conversation-item__subject" dir="auto">
                {conversation.subject ?? t('inbox.noSubject')}
              </span>
              <span className="conversation-item__meta">
                <span className={`badge badge--${conversation.status}`}>
                  {t(`conversationStatus.${conversation.status}`)}
                </span>
                <span className="muted">{t(`channels.${conversation.channel}`)}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {list.error ? <p className="field__error">{errorText(list.error)}</p> : null}
      {list.hasMore ? (
        <div className="load-more">
          <BusyButton type="button" busy={list.loadingMore} onClick={() => void list.loadMore()}>
            {t('common.loadMore')}
          </BusyButton>
        </div>
      ) : null}
    </>
  );
}
