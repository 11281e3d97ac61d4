import type { Message } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../i18n/format';
import { MessageBody } from './message-body';

/**
 * One message. The body is customer-supplied: plain text is rendered as text
 * (React escapes it), Markdown through the sanitising MessageBody; dir="auto"
 * lets Arabic or Hebrew run right-to-left.
 */
export function MessageItem({ message, customerName }: { message: Message; customerName: string }) {
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
      </div>
      <MessageBody message={message} />
    </li>
  );
}
