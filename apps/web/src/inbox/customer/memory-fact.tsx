import type { CustomerFact } from '@sincere/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../api/use-error-text';
import { BusyButton } from '../../ui/busy-button';
import { useConfirm } from '../../ui/confirm-dialog';
import { changeFact, deleteFact } from './memory-api';
import { MemoryFactForm } from './memory-fact-form';
import { formatMentioned } from './memory-format';

interface Props {
  fact: CustomerFact;
  canWrite: boolean;
  onChanged: () => void;
  /** The fact was deleted: it leaves the list. */
  onGone: () => void;
}

/** A confirmed fact, with its edit and delete buttons for those who may change it. */
export function MemoryFact({ fact, canWrite, onChanged, onGone }: Props) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const confirm = useConfirm();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const remove = async () => {
    const sure = await confirm({
      title: t('memory.deleteTitle'),
      body: t('memory.deleteBody', { text: fact.text }),
      confirmLabel: t('memory.delete'),
      danger: true,
    });
    if (!sure) return;
    setDeleting(true);
    setError(null);
    try {
      await deleteFact(fact.id);
      onGone();
    } catch (caught) {
      setError(errorText(caught));
      setDeleting(false);
    }
  };

  if (editing) {
    return (
      <li className="memory__fact">
        <MemoryFactForm
          initial={{ text: fact.text, category: fact.category }}
          chooseCategory
          label={t('memory.text')}
          submitLabel={t('memory.save')}
          onSave={async (values) => {
            await changeFact(fact.id, values);
            setEditing(false);
            onChanged();
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li className="memory__fact">
      <span dir="auto">{fact.text}</span>{' '}
      <span className="muted">
        ({t('memory.mentioned', { date: formatMentioned(fact.mentionedAt, i18n.language) })})
      </span>
      {canWrite ? (
        <span className="memory__actions">
          {' '}
          <button
            ref={editButton}
            type="button"
            className="button button--small button--quiet"
            disabled={deleting}
            aria-label={t('memory.editFact', { text: fact.text })}
            onClick={() => setEditing(true)}
          >
            {t('memory.edit')}
          </button>
          <BusyButton
            type="button"
            className="button button--small button--danger-quiet"
            busy={deleting}
            aria-label={t('memory.deleteFact', { text: fact.text })}
            onClick={() => void remove()}
          >
            {t('memory.delete')}
          </BusyButton>
        </span>
      ) : null}
      {error ? (
        <span className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </li>
  );
}
