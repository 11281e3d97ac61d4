import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface MoreAction {
  label: string;
  onSelect: () => void;
}

/**
 * "More": actions used less often, behind one button. A disclosure, not a menu (as the
 * notification bell): the panel holds plain buttons reached with Tab; Escape or a click
 * elsewhere closes it and focus returns to the button.
 */
export function MoreActions({ actions, disabled }: { actions: readonly MoreAction[]; disabled: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  return (
    <div
      className="more-actions"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={panelId}
        disabled={disabled}
        onClick={() => setOpen((was) => !was)}
      >
        {t('actions.more')} <span aria-hidden="true">▾</span>
      </button>
      <div id={panelId} className="more-actions__panel" hidden={!open || disabled}>
        {actions.map((action) => (
          <button
            key={action.label}
            type="button"
            className="button button--quiet button--small more-actions__item"
            onClick={() => {
              setOpen(false);
              // The dialog an action opens gives focus back to where it was: the button, not a hidden item.
              buttonRef.current?.focus();
              action.onSelect();
            }}
          >
            {action.label}
          </button>
        ))}
      </div>
    </div>
  );
}
