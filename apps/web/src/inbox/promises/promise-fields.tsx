import { useTranslation } from 'react-i18next';
import { TextField } from '../../forms/field';

export interface PromiseDraft {
  what: string;
  /** A `datetime-local` value; empty means the account's default delay (where that is allowed). */
  due: string;
}

interface Props {
  draft: PromiseDraft;
  onChange: (draft: PromiseDraft) => void;
  errors: { what?: string | undefined; due?: string | undefined };
  /** When an empty due time is allowed (a new promise), say what it means. */
  dueOptional?: boolean;
  autoFocus?: boolean;
}

/** What was promised and by when: the fields of a proposal being edited and of the edit dialog. */
export function PromiseFields({ draft, onChange, errors, dueOptional = false, autoFocus = false }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('promises.proposal.what')}
        value={draft.what}
        onValue={(what) => onChange({ ...draft, what })}
        error={errors.what}
        maxLength={300}
        dir="auto"
        autoFocus={autoFocus}
      />
      <TextField
        label={t('promises.proposal.due')}
        type="datetime-local"
        value={draft.due}
        onValue={(due) => onChange({ ...draft, due })}
        error={errors.due}
        hint={dueOptional ? t('promises.proposal.dueHint') : undefined}
      />
    </>
  );
}
