import { API, ConversationPage, type ConversationSort, type ViewWithCount } from '@sincere/contracts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, withQuery } from '../api/client';
import { useErrorText } from '../api/use-error-text';
import { usePagedList } from '../api/use-paged-list';
import { useServerEvents } from '../realtime/realtime-context';
import { useSignedIn } from '../session/session-context';
import { BusyButton } from '../ui/busy-button';
import { applyRowUpdate, membership } from './list-deltas';
import { ConversationRow } from './conversation-row';

interface Props {
  viewId: string;
  /** The view's definition, to tell whether a changed conversation now belongs in it. */
  view: ViewWithCount | undefined;
  sort: ConversationSort;
  selectedId: string | null;
  hrefOf: (conversationId: string) => string;
  /** The ids in list order, for "next" and "previous". */
  onOrder: (ids: string[]) => void;
}

const PAGE_SIZE = 30;

/** The conversations of a view, kept current by `conversation.updated` deltas. */
export function ConversationList({ viewId, view, sort, selectedId, hrefOf, onOrder }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const userId = useSignedIn().session.user.id;
  const list = usePagedList(
    (cursor, signal) =>
      apiGet(withQuery(API.conversations, { view: viewId, sort, limit: PAGE_SIZE, cursor }), ConversationPage, signal),
    [viewId, sort],
  );
  const { setItems, hasMore, items } = list;

  useServerEvents((event) => {
    if (event.type !== 'conversation.updated' || list.loading) return;
    const row = event.conversation;
    const fits = view ? membership(view.filter, row, userId) : 'unknown';
    setItems((current) => applyRowUpdate({ items: current, hasMore }, row, fits, sort));
  });

  const order = items.map((item) => item.id).join(',');
  useEffect(() => onOrder(order ? order.split(',') : []), [order, onOrder]);

  if (list.error && items.length === 0)
    return (
      <p className="empty" role="alert">
        {errorText(list.error)}
      </p>
    );
  if (list.loading && items.length === 0) return <p className="empty">{t('common.loading')}</p>;

  return (
    <>
      {items.length === 0 ? <p className="empty">{t('inbox.empty')}</p> : null}
      <ul className="conversation-list" aria-label={t('inbox.listLabel')} aria-busy={list.loading || undefined}>
        {items.map((conversation) => (
          <li key={conversation.id}>
            <ConversationRow
              conversation={conversation}
              href={hrefOf(conversation.id)}
              current={conversation.id === selectedId}
            />
          </li>
        ))}
      </ul>
      {list.error ? <p className="field__error">{errorText(list.error)}</p> : null}
      {hasMore ? (
        <div className="load-more">
          <BusyButton type="button" busy={list.loadingMore} onClick={() => void list.loadMore()}>
            {t('common.loadMore')}
          </BusyButton>
        </div>
      ) : null}
    </>
  );
}
