import { ConversationStatus, Priority, SlaTargetKind, type ConversationEvent } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../i18n/format';
import { describeEvent } from './timeline';

/** One line of history between the messages: who did what, and why when they said. */
export function TimelineEvent({ event, nameOf }: { event: ConversationEvent; nameOf: (id: string | null) => string }) {
  const { t } = useTranslation();
  const format = useDateFormat();
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
