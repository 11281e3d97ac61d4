import { ConversationStatus, Priority, SlaTargetKind, type ConversationEvent } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../i18n/format';
import { formatDue } from './promises/promise-format';
import { describePromiseEvent } from './promises/promise-timeline';
import { describeEvent } from './timeline';

/** One line of history between the messages: who did what, and why when they said. */
export function TimelineEvent({ event, nameOf }: { event: ConversationEvent; nameOf: (id: string | null) => string }) {
  const { t, i18n } = useTranslation();
  const format = useDateFormat();
  const promise = describePromiseEvent(event, nameOf);
  if (promise) {
    const due = promise.values['dueAt'];
    return (
      <li className={`timeline-event${promise.alert ? ' timeline-event--alert' : ''}`} data-event={event.type}>
        <span dir="auto">
          {t(`promises.timeline.${promise.key}`, {
            ...promise.values,
            due: due ? formatDue(due, i18n.language, new Date(event.occurredAt)) : '',
          })}
        </span>{' '}
        <time dateTime={event.occurredAt} className="muted">
          {format.dateTime(event.occurredAt)}
        </time>
      </li>
    );
  }
  const { key, values } = describeEvent(event, nameOf);
  // Codes in the data become words in the reader's language.
  const status = ConversationStatus.safeParse(values['to']);
  const priority = Priority.safeParse(values['to']);
  const target = SlaTargetKind.safeParse(values['target']);
  const shown = {
    ...values,
    ...(key.startsWith('status') || key === 'snoozeEnded'
      ? { to: status.success ? t(`conversationStatus.${status.data}`) : '' }
      : {}),
    ...(key === 'priority' ? { to: priority.success ? t(`priority.${priority.data}`) : '' } : {}),
    ...(key === 'slaBreached' ? { target: target.success ? t(`timeline.slaTarget.${target.data}`) : '' } : {}),
  };
  return (
    <li className={`timeline-event${event.type === 'sla.breached' ? ' timeline-event--alert' : ''}`}>
      <span dir="auto">{t(`timeline.${key}`, shown)}</span>{' '}
      <time dateTime={event.occurredAt} className="muted">
        {format.dateTime(event.occurredAt)}
      </time>
    </li>
  );
}
