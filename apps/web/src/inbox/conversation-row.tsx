import type { ConversationSummary } from '@sincere/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../i18n/format';
import { Link } from '../router/link';
import { ChannelLabel } from './channel-label';
import { SlaBadge } from './sla-badge';
import { WaitingTime } from './waiting-time';

interface Props {
  conversation: ConversationSummary;
  href: string;
  current: boolean;
  /** Shown under the subject, e.g. a search snippet. */
  extra?: ReactNode;
}

/** One conversation in a list: customer, subject, status, SLA and how long the customer has waited. */
export function ConversationRow({ conversation, href, current, extra }: Props) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const activityAt = conversation.lastMessageAt ?? conversation.createdAt;
  return (
    <Link href={href} className="conversation-item" aria-current={current ? 'true' : undefined}>
      <span className="conversation-item__top">
        <bdi className="conversation-item__name">{conversation.customer.name}</bdi>
        <time dateTime={activityAt} className="muted">
          {format.recent(activityAt)}
        </time>
      </span>
      <span className="conversation-item__subject" dir="auto">
        {conversation.subject ?? t('inbox.noSubject')}
      </span>
      {extra}
      <span className="conversation-item__meta">
        <ChannelLabel channel={conversation.channel} compact />
        <span className={`badge badge--${conversation.status}`}>{t(`conversationStatus.${conversation.status}`)}</span>
        {conversation.priority === 'high' || conversation.priority === 'urgent' ? (
          <span className="badge badge--priority">{t(`priority.${conversation.priority}`)}</span>
        ) : null}
        <SlaBadge sla={conversation.sla} />
        <WaitingTime since={conversation.waitingSince} />
        {conversation.assignee ? <bdi className="muted">{conversation.assignee.name}</bdi> : null}
        {conversation.tags.map((tag) => (
          <bdi key={tag} className="tag">
            {tag}
          </bdi>
        ))}
      </span>
    </Link>
  );
}
