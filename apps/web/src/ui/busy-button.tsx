import type { ButtonHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

interface BusyButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  busy: boolean;
  /** Shown while busy; defaults to a generic "Working…". */
  busyLabel?: string;
}

/** A button that is disabled and says so while its operation runs, so it cannot be sent twice. */
export function BusyButton({ busy, busyLabel, children, disabled, className, ...props }: BusyButtonProps) {
  const { t } = useTranslation();
  return (
    <button {...props} className={className ?? 'button'} disabled={busy || disabled} aria-busy={busy || undefined}>
      {busy ? (
        <>
          <span className="spinner" aria-hidden="true" />
          {busyLabel ?? t('common.working')}
        </>
      ) : (
        children
      )}
    </button>
  );
}
