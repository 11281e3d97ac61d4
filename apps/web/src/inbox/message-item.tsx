import type { Message } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../i18n/format';
import { MessageAttachments } from './message-attachments';
import { MessageBody } from './message-body';
import { MessageDelivery } from './message-delivery';
import { MessageOriginalToggle } from './message-original';

interface Props {
  message: Message;
  customerName: string;
  /** Offered on customer messages that can start a conversation of their own. */
  onSplit?: (() => void) | undefined;
}

/**
 * One message. The body is customer-supplied: plain text is rendered as text
 * (React escapes it), Markdown through the sanitising MessageBody; dir="auto"
 * lets Arabic or Hebrew run right-to-left.
 */
export function MessageItem({ message, customerName, onSplit }: Props) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const author = message.author?.name ?? (message.direction === 'inbound' ? customerName : t('inbox.system'));
  return (
    <li className={`message message--${message.direction}`}>
      <div className="message__meta">
        <bdi className="message__author">{author}</bdi>
        {message.direction === 'note' ? <span className="badge">{t('inbox.internalNote')}</span> : null}
        <time dateTime={message.createdAt} className="muted">
          {format.dateTime(message.createdAt)}
        </time>
        {onSplit ? (
          <span className="message__tools">
            <button
              type="button"
              className="button button--quiet button--small"
              aria-label={t('split.action')}
              title={t('split.action')}
              onClick={onSplit}
            >
              {t('split.short')}
            </button>
          </span>
        ) : null}
      </div>
      {/* A message may be files alone. */}
      {message.body ? <MessageBody message={message} /> : null}
      <MessageAttachments attachments={message.attachments} />
      {message.delivery ? <MessageDelivery delivery={message.delivery} /> : null}
      {message.hasOriginal ? <MessageOriginalToggle messageId={message.id} /> : null}
    </li>
  );
}
