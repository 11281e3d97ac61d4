import { API, ConversationDetail, type ConversationSummary, type Message } from '@sincere/contracts';
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../api/client';
import { useErrorText } from '../api/use-error-text';
import { useResource } from '../api/use-resource';
import { useDateFormat } from '../i18n/format';
import { useServerEvents } from '../realtime/realtime-context';
import { ActivityIndicator, CollisionWarning } from './activity-indicator';
import { Composer, type ComposerHandle, type ComposerMode } from './composer';
import { useEtiquette } from './etiquette/use-etiquette';
import { ConversationActions } from './conversation-actions';
import { ChannelLabel } from './channel-label';
import { withEvent, withMessage, withoutMessages, withSummary, withUpdatedMessage } from './conversation-deltas';
import { CustomerPanel } from './customer-panel';
import { MergedBanner } from './merged-banner';
import { MessageItem } from './message-item';
import { buildTimeline } from './timeline';
import { TimelineEvent } from './timeline-event';
import { useAgentNames } from './use-agent-names';
import { SlaBadge } from './sla-badge';
import { SplitDialog } from './split-dialog';
import { useConversationActivity } from './use-conversation-activity';
import { useConversationMutations } from './use-conversation-mutations';
import { WaitingTime } from './waiting-time';

/** What the workspace shortcuts do to the open conversation. */
export interface ConversationCommands {
  compose: (mode: ComposerMode) => void;
  assignToMe: () => void;
  toggleResolved: () => void;
}

/** The open conversation: kept current by realtime deltas for it, never refetched whole. */
export function ConversationView({ id, ref }: { id: string; ref: Ref<ConversationCommands | null> }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const conversation = useResource((signal) => apiGet(API.conversation(id), ConversationDetail, signal), [id]);
  const { setData } = conversation;

  const applySummary = useCallback(
    (summary: ConversationSummary) => setData((current) => current && withSummary(current, summary)),
    [setData],
  );
  const applyMessage = useCallback(
    (message: Message) => setData((current) => current && withMessage(current, message)),
    [setData],
  );

  useServerEvents((event) => {
    if (event.type === 'conversation.updated' && event.conversation.id === id) applySummary(event.conversation);
    if (event.type === 'message.created' && event.conversationId === id) applyMessage(event.message);
    if (event.type === 'message.updated' && event.conversationId === id)
      setData((current) => current && withUpdatedMessage(current, event.message));
    if (event.type === 'conversation.event') setData((current) => current && withEvent(current, event.event));
    if (event.type === 'messages.moved' && event.fromConversationId === id)
      setData((current) => current && withoutMessages(current, event.messageIds));
  });

  if (conversation.error && !conversation.data)
    return (
      <p className="empty" role="alert">
        {errorText(conversation.error)}
      </p>
    );
  const detail = conversation.data;
  if (!detail) return <p className="empty">{t('common.loading')}</p>;
  return <ConversationPane detail={detail} applySummary={applySummary} applyMessage={applyMessage} ref={ref} />;
}

interface PaneProps {
  detail: ConversationDetail;
  applySummary: (summary: ConversationSummary) => void;
  applyMessage: (message: Message) => void;
  ref: Ref<ConversationCommands | null>;
}

function ConversationPane({ detail, applySummary, applyMessage, ref }: PaneProps) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const mutations = useConversationMutations(detail, applySummary);
  const composerRef = useRef<ComposerHandle>(null);
  const activity = useConversationActivity(detail.id, detail.messages);
  const nameOf = useAgentNames();
  const messagesRef = useRef<HTMLDivElement>(null);
  const [splitting, setSplitting] = useState<Message | null>(null);
  const merged = detail.mergedIntoId !== null;
  // The server splits off a customer message only when another stays behind.
  const canSplit = !merged && detail.messages.filter((message) => message.direction === 'inbound').length > 1;

  useImperativeHandle(ref, () => ({
    compose: (mode) => composerRef.current?.focus(mode),
    // Shortcuts leave a merged conversation alone, as its buttons do.
    assignToMe: () => {
      if (!merged) void mutations.assignToMe();
    },
    toggleResolved: () => {
      if (!merged) void mutations.toggleResolved();
    },
  }));

  const messageCount = detail.messages.length;
  const inboundCount = detail.messages.filter((message) => message.direction === 'inbound').length;
  const etiquette = useEtiquette(detail.id, inboundCount);
  useEffect(() => {
    // Newest messages are at the bottom; start there, as chat apps do. Only the pane scrolls, never the page.
    const pane = messagesRef.current;
    if (pane) pane.scrollTop = pane.scrollHeight;
  }, [messageCount]);

  return (
    <div className="conversation-layout">
      <article className="conversation" aria-labelledby="conversation-title">
        <header className="conversation__header">
          <h2 id="conversation-title">
            <bdi>{detail.customer.name}</bdi>
          </h2>
          <p className="conversation__subject" dir="auto">
            {detail.subject ?? t('inbox.noSubject')}
          </p>
          <p className="conversation__meta">
            <span className={`badge badge--${detail.status}`} data-testid="conversation-status">
              {t(`conversationStatus.${detail.status}`)}
            </span>
            {detail.status === 'snoozed' && detail.snoozedUntil ? (
              <span>{t('inbox.snoozedUntil', { time: format.dateTime(detail.snoozedUntil) })}</span>
            ) : null}
            <SlaBadge sla={detail.sla} />
            <WaitingTime since={detail.waitingSince} />
            <ChannelLabel channel={detail.channel} />
            <span data-testid="conversation-assignee">
              {detail.assignee ? t('inbox.assignedTo', { name: detail.assignee.name }) : t('inbox.unassigned')}
            </span>
            {detail.team ? <bdi>{detail.team.name}</bdi> : null}
          </p>
          {detail.mergedIntoId ? <MergedBanner targetId={detail.mergedIntoId} /> : null}
          <ConversationActions detail={detail} mutations={mutations} />
          <ActivityIndicator people={activity.people} />
        </header>
        <div className="conversation__messages" ref={messagesRef}>
          {detail.messages.length === 0 ? (
            <p className="empty">{t('inbox.noMessages')}</p>
          ) : (
            <ol className="messages" aria-label={t('inbox.messages')}>
              {buildTimeline(detail.messages, detail.events).map((entry) =>
                entry.kind === 'message' ? (
                  <MessageItem
                    key={entry.message.id}
                    message={entry.message}
                    customerName={detail.customer.name}
                    onSplit={
                      canSplit && entry.message.direction === 'inbound' ? () => setSplitting(entry.message) : undefined
                    }
                  />
                ) : (
                  <TimelineEvent key={entry.event.id} event={entry.event} nameOf={nameOf} />
                ),
              )}
            </ol>
          )}
        </div>
        {merged ? null : (
          <Composer
            ref={composerRef}
            conversationId={detail.id}
            onSent={applyMessage}
            onDraftChange={activity.reportDraft}
            customerTimeZone={detail.customer.timeZone}
            etiquette={etiquette}
            notice={<CollisionWarning activity={activity} />}
          />
        )}
        <SplitDialog conversation={detail} message={splitting} onClose={() => setSplitting(null)} />
      </article>
      <CustomerPanel customer={detail.customer} conversationId={detail.id} />
    </div>
  );
}
