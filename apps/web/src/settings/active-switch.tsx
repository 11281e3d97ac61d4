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
  const [busy, setBusy] = useState(false);

  const toggle = async (next: boolean) => {
    setBusy(true);
    try {
      await onToggle(next);
    } catch (error) {
      toast.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <label className="active-switch">
      <input
        type="checkbox"
        role="switch"
        checked={active}
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
