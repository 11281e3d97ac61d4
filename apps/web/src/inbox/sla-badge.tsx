import type { ConversationSla } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../i18n/format';

/** The most urgent running SLA clock, shown only when it needs attention (warning or breached). */
export function SlaBadge({ sla }: { sla: ConversationSla | null }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const clocks = [sla?.firstResponse, sla?.resolution].filter((clock) => clock !== undefined);
  const clock = clocks.find((c) => c.state === 'breached') ?? clocks.find((c) => c.state === 'warning');
  if (!clock) return null;
  const label = clock.state === 'breached' ? t('sla.breached') : t('sla.warning');
  return (
    <span className={`badge badge--sla-${clock.state}`} title={t('sla.dueAt', { time: format.dateTime(clock.dueAt) })}>
      {label}
    </span>
  );
}
