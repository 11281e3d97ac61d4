import { API, ConversationDetail } from '@sincere/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../api/client';
import { useErrorText } from '../api/use-error-text';
import { useResource } from '../api/use-resource';
import { useServerEvents } from '../realtime/realtime-context';
import { MessageItem } from './message-item';

export function ConversationView({ id }: { id: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const conversation = useResource((signal) => apiGet(API.conversation(id), ConversationDetail, signal), [id]);
  const messagesRef = useRef<HTMLOListElement>(null);
  const { reload } = conversation;

  // Until the real inbox applies deltas in place, an event for this conversation refreshes just this one.
  useServerEvents((event) => {
    if (event.type === 'conversation.event' && event.event.conversationId === id) reload();
  });

  const messageCount = conversation.data?.messages.length ?? 0;
  useEffect(() => {
    // Newest messages are at the bottom; start there, as chat apps do. Only the pane scrolls, never the page.
    const pane = messagesRef.current?.closest('.inbox__detail');
    if (pane) pane.scrollTop = pane.scrollHeight;
  }, [messageCount]);

  if (conversation.error)
    return (
      <p className="empty" role="alert">
        {errorText(conversation.error)}
      </p>
    );
  const detail = conversation.data;
  if (!detail) return <p className="empty">{t('common.loading')}</p>;

  return (
    <article className="conversation" aria-labelledby="conversation-title">
      <header className="conversation__header">
        <h2 id="conversation-title">
          <bdi>{detail.customer.name}</bdi>
        </h2>
        <p className="conversation__subject" dir="auto">
          {detail.subject ?? t('inbox.noSubject')}
        </p>
        <p className="conversation__meta">
          <span className={`badge badge--${detail.status}`}>{t(`conversationStatus.${detail.status}`)}</span>
          <span>{t(`priority.${detail.priority}`)}</span>
          <span>{t(`channels.${detail.channel}`)}</span>
          <span>{detail.assignee ? t('inbox.assignedTo', { name: detail.assignee.name }) : t('inbox.unassigned')}</span>
          {detail.customer.email ? <bdi>{detail.customer.email}</bdi> : null}
        </p>
      </header>
      {detail.messages.length === 0 ? (
        <p className="empty">{t('inbox.noMessages')}</p>
      ) : (
        <ol className="messages" ref={messagesRef} aria-label={t('inbox.messages')}>
          {detail.messages.map((message) => (
            <MessageItem key={message.id} message={message} customerName={detail.customer.name} />
          ))}
        </ol>
      )}
    </article>
  );
}
