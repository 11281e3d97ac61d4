import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/modal';
import { SHORTCUTS } from './shortcuts';

/** The "?" dialog: every shortcut of the workspace. */
export function KeyboardHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={t('shortcuts.title')} onClose={onClose}>
      <dl className="shortcuts">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.action} className="shortcuts__row">
            <dt>
              {shortcut.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 ? ` ${t('shortcuts.then')} ` : null}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(`shortcuts.actions.${shortcut.action}`)}</dd>
          </div>
        ))}
        <div className="shortcuts__row">
          <dt>
            <kbd>Ctrl</kbd> / <kbd>⌘</kbd> + <kbd>Enter</kbd>
          </dt>
          <dd>{t('shortcuts.send')}</dd>
        </div>
      </dl>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose} autoFocus>
          {t('common.done')}
        </button>
      </div>
    </Modal>
  );
}
