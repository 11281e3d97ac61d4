import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/use-error-text';
import { useToast } from '../ui/toast-context';

interface ActiveSwitchProps {
  /** Names what is switched, for screen readers: "Shop widget is active". */
  label: string;
  active: boolean;
  editable: boolean;
  onToggle: (active: boolean) => Promise<void>;
}

/** Switches a channel or an endpoint on or off at once; says "On"/"Off" in words, not only by its look. */
export function ActiveSwitch({ label, active, editable, onToggle }: ActiveSwitchProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  // What the person asked for, shown at once while the server confirms; back to the stored state on failure.
  const [pending, setPending] = useState<boolean | null>(null);
  const busy = pending !== null;

  const toggle = async (next: boolean) => {
    setPending(next);
    try {
      await onToggle(next);
    } catch (error) {
      toast.error(errorText(error));
    } finally {
      setPending(null);
    }
  };

  return (
    <label className="active-switch">
      <input
        type="checkbox"
        role="switch"
        checked={pending ?? active}
        disabled={!editable || busy}
        aria-busy={busy || undefined}
        aria-label={label}
        onChange={(event) => void toggle(event.target.checked)}
      />
      <span aria-hidden="true">
        {busy ? t('common.working') : active ? t('activeSwitch.on') : t('activeSwitch.off')}
      </span>
    </label>
  );
}
