import { useTranslation } from 'react-i18next';
import { useDisclosure } from '../ui/use-disclosure';

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
  const { open, panelId, rootRef, buttonRef, close, toggle, onKeyDown } = useDisclosure();

  return (
    <div className="more-actions" ref={rootRef} onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={panelId}
        disabled={disabled}
        onClick={toggle}
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
              // The dialog an action opens gives focus back to where it was: the button, not a hidden item.
              close();
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
