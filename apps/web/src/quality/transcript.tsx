import type { Message } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../i18n/format';
import { MessageAttachments } from '../inbox/message-attachments';
import { MessageBody } from '../inbox/message-body';
import { markQuotes } from './evidence-marks';

/** The element id of a message in the transcript, so evidence can point at it. */
export const transcriptMessageId = (messageId: string) => `quality-message-${messageId}`;

interface TranscriptProps {
  messages: readonly Message[];
  customerName: string;
  /** Words the automatic review quoted, by message: they are marked in the text. */
  quotes: ReadonlyMap<string, readonly string[]>;
}

/**
 * The conversation as the reviewer reads it. A message with quoted evidence is shown as plain text so the
 * quoted words can be marked exactly where they are; the others keep their Markdown, as in the inbox.
 */
export function Transcript({ messages, customerName, quotes }: TranscriptProps) {
  const { t } = useTranslation();
  const format = useDateFormat();
  return (
    <ol className="plain-list messages quality-transcript" aria-label={t('quality.scoring.messages')}>
      {messages.map((message) => {
        const author =
          message.author?.name ?? (message.direction === 'inbound' ? customerName : t('quality.scoring.system'));
        const marked = quotes.get(message.id);
        return (
          <li
            key={message.id}
            id={transcriptMessageId(message.id)}
            tabIndex={-1}
            className={`message message--${message.direction}`}
            data-message-id={message.id}
          >
            <div className="message__meta">
              <bdi className="message__author">{author}</bdi>
              {message.direction === 'note' ? <span className="badge">{t('quality.scoring.note')}</span> : null}
              <time dateTime={message.createdAt} className="muted">
                {format.dateTime(message.createdAt)}
              </time>
            </div>
            {marked && marked.length > 0 ? (
              <p className="message__body quality-transcript__text" dir="auto" lang={message.language ?? undefined}>
                {markQuotes(message.body, marked).map((part, index) =>
                  part.marked ? (
                    <mark key={index} className="quality-mark">
                      {part.text}
                    </mark>
                  ) : (
                    <span key={index}>{part.text}</span>
                  ),
                )}
              </p>
            ) : message.body ? (
              <MessageBody message={message} />
            ) : null}
            <MessageAttachments attachments={message.attachments} />
          </li>
        );
      })}
    </ol>
  );
}

/** Scrolls a message into view and gives it focus, so keyboard users land on the quoted words. */
export function showMessage(messageId: string): void {
  const element = document.getElementById(transcriptMessageId(messageId));
  if (!element) return;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  element.focus({ preventScroll: true });
}
