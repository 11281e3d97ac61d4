import { CUSTOMER_PROFILE_API, ConversationPage } from '@sincere/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, withQuery } from '../../api/client';
import { useErrorText } from '../../api/use-error-text';
import { usePagedList } from '../../api/use-paged-list';
import { useDateFormat } from '../../i18n/format';
import { Link } from '../../router/link';
import { BusyButton } from '../../ui/busy-button';
import { ChannelLabel } from '../channel-label';
import { useOpenConversation } from '../use-open-conversation';

const PAGE_SIZE = 10;

/** The customer's other conversations on every channel, latest activity first, each a link to open it. */
export function CustomerConversationsList({ customerId, currentId }: { customerId: string; currentId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const format = useDateFormat();
  const errorText = useErrorText();
  const { hrefOf } = useOpenConversation();
  const list = usePagedList(
    (cursor, signal) =>
      apiGet(
        withQuery(CUSTOMER_PROFILE_API.conversations(customerId), { limit: PAGE_SIZE, cursor }),
        ConversationPage,
        signal,
      ),
    [customerId],
  );
  const others = list.items.filter((conversation) => conversation.id !== currentId);

  return (
    <section aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('customerProfile.conversations.title')}</h4>
      {list.error ? (
        <p className="field__error" role="alert">
          {errorText(list.error)}
        </p>
      ) : null}
      {list.loading && list.items.length === 0 ? (
        <p className="muted">{t('common.loading')}</p>
      ) : others.length === 0 && !list.hasMore ? (
        <p className="muted">{t('customerProfile.conversations.empty')}</p>
      ) : (
        <ul className="plain-list">
          {others.map((conversation) => {
            const at = conversation.lastMessageAt ?? conversation.createdAt;
            return (
              <li key={conversation.id}>
                <Link href={hrefOf(conversation.id)}>
                  {conversation.subject ? (
                    <bdi>{conversation.subject}</bdi>
                  ) : (
                    t('customerProfile.conversations.noSubject')
                  )}
                </Link>
                <br />
                <span className="muted">
                  <ChannelLabel channel={conversation.channel} compact />{' '}
                  {t(`conversationStatus.${conversation.status}`)}
                  {' · '}
                  <time dateTime={at}>{format.recent(at)}</time>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {list.hasMore ? (
        <BusyButton
          type="button"
          className="button button--small"
          busy={list.loadingMore}
          onClick={() => void list.loadMore()}
        >
          {t('common.loadMore')}
        </BusyButton>
      ) : null}
    </section>
  );
}
