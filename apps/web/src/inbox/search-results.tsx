import { API, ConversationSearchPage, highlightSegments } from '@sincere/contracts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, withQuery } from '../api/client';
import { useErrorText } from '../api/use-error-text';
import { usePagedList } from '../api/use-paged-list';
import { BusyButton } from '../ui/busy-button';
import { ConversationRow } from './conversation-row';

interface Props {
  query: string;
  selectedId: string | null;
  hrefOf: (conversationId: string) => string;
  onOrder: (ids: string[]) => void;
}

/** Conversations whose messages match, across the whole history, with the matched words marked. */
export function SearchResults({ query, selectedId, hrefOf, onOrder }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const list = usePagedList(
    (cursor, signal) => apiGet(withQuery(API.search, { q: query, cursor }), ConversationSearchPage, signal),
    [query],
  );

  const order = list.items.map((hit) => hit.conversation.id).join(',');
  useEffect(() => onOrder(order ? order.split(',') : []), [order, onOrder]);

  if (list.error && list.items.length === 0)
    return (
      <p className="empty" role="alert">
        {errorText(list.error)}
      </p>
    );
  if (list.loading && list.items.length === 0) return <p className="empty">{t('search.searching')}</p>;
  if (list.items.length === 0) return <p className="empty">{t('search.noResults')}</p>;

  return (
    <>
      <ul className="conversation-list" aria-label={t('search.results')} aria-busy={list.loading || undefined}>
        {list.items.map((hit) => (
          <li key={hit.conversation.id}>
            <ConversationRow
              conversation={hit.conversation}
              href={hrefOf(hit.conversation.id)}
              current={hit.conversation.id === selectedId}
              extra={
                // Plain text segments; only <mark> is ours, so nothing in a message can become markup.
                <span className="conversation-item__snippet" dir="auto">
                  {highlightSegments(hit.message.snippet).map((segment, index) =>
                    segment.marked ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
                  )}
                </span>
              }
            />
          </li>
        ))}
      </ul>
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
