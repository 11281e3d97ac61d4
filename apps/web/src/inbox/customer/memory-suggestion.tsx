import type { CustomerFact } from '@sincere/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../api/use-error-text';
import { BusyButton } from '../../ui/busy-button';
import { changeFact } from './memory-api';
import { MemoryFactForm } from './memory-fact-form';
import { formatMentioned } from './memory-format';

interface Props {
  suggestion: CustomerFact;
  canWrite: boolean;
  /** The suggestion was confirmed or dismissed: it leaves the list. */
  onDone: () => void;
}

/** A fact Sincere noticed, in the customer's own words, for an agent to confirm or dismiss. */
export function MemorySuggestion({ suggestion, canWrite, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState<'confirmed' | 'dismissed' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const decide = async (status: 'confirmed' | 'dismissed') => {
    setBusy(status);
    setError(null);
    try {
      await changeFact(suggestion.id, { status });
      onDone();
    } catch (caught) {
      setError(errorText(caught));
      setBusy(null);
    }
  };

  const { text } = suggestion;
  return (
    <li className="memory__suggestion">
      <p className="memory__meta muted">
        {t(`memory.categories.${suggestion.category}`)} ·{' '}
        {t('memory.mentioned', { date: formatMentioned(suggestion.mentionedAt, i18n.language) })}
      </p>
      <blockquote className="split__quote" dir="auto" aria-label={t('memory.customerWrote')}>
        {text}
      </blockquote>
      {!canWrite ? null : editing ? (
        <MemoryFactForm
          initial={{ text, category: suggestion.category }}
          chooseCategory
          label={t('memory.text')}
          submitLabel={t('memory.confirm')}
          onSave={async (values) => {
            await changeFact(suggestion.id, { ...values, status: 'confirmed' });
            onDone();
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div className="memory__actions">
          <BusyButton
            type="button"
            className="button button--small button--primary"
            busy={busy === 'confirmed'}
            disabled={busy !== null}
            aria-label={t('memory.confirmFact', { text })}
            onClick={() => void decide('confirmed')}
          >
            {t('memory.confirm')}
          </BusyButton>
          <button
            ref={editButton}
            type="button"
            className="button button--small"
            disabled={busy !== null}
            aria-label={t('memory.editAndConfirmFact', { text })}
            onClick={() => setEditing(true)}
          >
            {t('memory.editAndConfirm')}
          </button>
          <BusyButton
            type="button"
            className="button button--small button--quiet"
            busy={busy === 'dismissed'}
            disabled={busy !== null}
            aria-label={t('memory.dismissFact', { text })}
            onClick={() => void decide('dismissed')}
          >
            {t('memory.dismiss')}
          </BusyButton>
        </div>
      )}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
