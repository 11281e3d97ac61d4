import { ConversationStatus } from '@sincere/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  value: ConversationStatus | null;
  onChange: (status: ConversationStatus | null) => void;
}

export function StatusFilter({ value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="inline-field">
      <label htmlFor={id}>{t('inbox.filterStatus')}</label>
      <select
        id={id}
        className="select select--compact"
        value={value ?? ''}
        onChange={(event) => {
          const parsed = ConversationStatus.safeParse(event.target.value);
          onChange(parsed.success ? parsed.data : null);
        }}
      >
        <option value="">{t('inbox.allStatuses')}</option>
        {ConversationStatus.options.map((status) => (
          <option key={status} value={status}>
            {t(`conversationStatus.${status}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
