import { AgentPresence, API, SetCapacityRequest } from '@sincere/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../api/client';
import { useErrorText } from '../api/use-error-text';
import { fieldErrorsOf } from '../api/describe-error';
import { validate } from '../forms/validate';
import { BusyButton } from '../ui/busy-button';
import { useToast } from '../ui/toast-context';

interface CapacityFormProps {
  user: { id: string; name: string };
  capacity: number | null;
  onSaved: (agent: AgentPresence) => void;
}

/** One row's capacity: a number and its own Save, so Enter in the field saves just that person. */
export function CapacityForm({ user, capacity, onSaved }: CapacityFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const id = useId();
  const [value, setValue] = useState(capacity === null ? '' : String(capacity));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A change from elsewhere (another lead, a live delta) replaces what the field shows.
  const [shown, setShown] = useState(capacity);
  if (capacity !== shown) {
    setShown(capacity);
    setValue(capacity === null ? '' : String(capacity));
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    // Number('') is 0: an empty field must not quietly mean "takes no conversations".
    const check = validate(SetCapacityRequest, { capacity: /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN });
    if (!check.ok) return setError(t('agentsSettings.capacityInvalid'));
    setBusy(true);
    try {
      const saved = await apiSend('PUT', API.userCapacity(user.id), check.data, AgentPresence);
      onSaved(saved);
      toast.success(t('agentsSettings.capacitySaved', { name: user.name, limit: saved.capacity }));
    } catch (failure) {
      setError(fieldErrorsOf(failure).capacity ?? null);
      toast.error(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={id} className="visually-hidden">
        {t('agentsSettings.capacityOf', { name: user.name })}
      </label>
      <input
        id={id}
        className="input input--number"
        type="number"
        inputMode="numeric"
        min={0}
        max={200}
        placeholder="—"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setValue(event.target.value)}
      />
      <BusyButton type="submit" className="button button--small" busy={busy} busyLabel={t('common.saving')}>
        {t('common.save')}
        <span className="visually-hidden">
          {' '}
          <bdi>{user.name}</bdi>
        </span>
      </BusyButton>
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
